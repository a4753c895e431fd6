package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * Output fact of the bot rules: whether the account {@code login} is a bot, which rule said so and
 * why. When no rule inserts one for an {@link ActorFact}, the account is human.
 */
public record BotVerdict(String login, boolean bot, String rule, String reason) {
  public BotVerdict {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }

  /** The verdict when no bot rule fired. */
  public static BotVerdict human(String login) {
    return new BotVerdict(login, false, "(no bot rule fired)", "");
  }
}
