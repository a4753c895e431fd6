package io.devpulse.index;

import io.devpulse.model.Actor;
import java.util.Objects;

/**
 * The rules' verdict on one account, as the index keeps it.
 *
 * @param rule the rule that decided (empty when no rule called the account a bot)
 * @param fingerprint the rule set that judged
 */
public record AccountVerdict(Actor account, boolean bot, String rule, String fingerprint) {
  public AccountVerdict {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }
}
