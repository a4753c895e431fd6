package io.devpulse.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who is a bot, the one definition every count and list uses (stats, contributors, discussions,
 * review status): the rule pack's verdict on an account where the rules judged it, else GitHub's
 * own type flag ({@link Actor#isBot()}). Verdicts are keyed by login without a {@code [bot]}
 * suffix, ignoring case.
 *
 * @param verdicts bot ({@code true}) or human ({@code false}) per folded login
 */
public record BotPolicy(Map<String, Boolean> verdicts) {
  private static final String SUFFIX = "[bot]";

  /** GitHub's type flag alone: for an index no rules have judged yet. */
  public static final BotPolicy GITHUB_TYPE_ONLY = new BotPolicy(Map.of());

  public BotPolicy {
    Map<String, Boolean> folded = new TreeMap<>();
    Objects.requireNonNull(verdicts, "verdicts")
        .forEach((login, bot) -> folded.put(key(login), bot));
    verdicts = Map.copyOf(folded);
  }

  public boolean isBot(Actor actor) {
    Boolean verdict = verdicts.get(key(actor.login()));
    return verdict != null ? verdict : actor.isBot();
  }

  /** The name a report shows for a bot: its login without {@code [bot]} ({@code mergify}). */
  public static String displayName(String login) {
    return login.endsWith(SUFFIX) ? login.substring(0, login.length() - SUFFIX.length()) : login;
  }

  private static String key(String login) {
    return displayName(login.strip()).toLowerCase(Locale.ROOT);
  }
}
