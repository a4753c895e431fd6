package io.devpulse.rules;

import java.time.Duration;

/**
 * How long rules may run: per item (or account), and in all for one classifier — one per command
 * and thread, so in effect per command. Time spent waiting for GitHub or the disk does not count,
 * only time inside the rules. A rule past either budget ends the command with exit 1 naming the
 * rule and the item ({@link RuleWatchdog}).
 *
 * <p>Defaults: 10 s per item (the built-in pack needs well under a millisecond), 1 h per command (a
 * 100,000-item reclassification needs seconds); the system properties {@code
 * devpulse.rules.item-budget-ms} and {@code devpulse.rules.command-budget-ms} change them (e.g.
 * {@code JAVA_TOOL_OPTIONS}).
 */
public record RuleBudget(Duration perItem, Duration perCommand) {
  public static final Duration DEFAULT_PER_ITEM = Duration.ofSeconds(10);
  public static final Duration DEFAULT_PER_COMMAND = Duration.ofHours(1);

  public RuleBudget {
    if (perItem.isNegative()
        || perItem.isZero()
        || perCommand.isNegative()
        || perCommand.isZero()) {
      throw new IllegalArgumentException(
          "rule budgets must be positive: " + perItem + ", " + perCommand);
    }
  }

  /** The defaults, or what the system properties say. */
  public static RuleBudget fromSystemProperties() {
    return new RuleBudget(
        millis("devpulse.rules.item-budget-ms", DEFAULT_PER_ITEM),
        millis("devpulse.rules.command-budget-ms", DEFAULT_PER_COMMAND));
  }

  private static Duration millis(String property, Duration fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long ms = Long.parseLong(value.strip());
      return ms > 0 ? Duration.ofMillis(ms) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** {@code 10 s}, {@code 250 ms}, {@code 60 min}. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
