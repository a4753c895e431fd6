package io.devpulse.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
    // A hash map, not a sorted one: an index's verdicts are every account it holds, and a cold
    // report at 1M items spent more time ordering them than reading them (JFR); Map.copyOf keeps
    // no order anyway, and the same login wins where two fold alike.
    Map<String, Boolean> folded = HashMap.newHashMap(verdicts.size());
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
