package io.devpulse.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Who is a bot, the one definition every count and list uses (stats, contributors, discussions,
 * review status): the rule pack's verdict on an account where the rules judged it, else GitHub's
 * own type flag ({@link Actor#isBot()}). Verdicts are keyed by login without a {@code [bot]}
 * suffix, ignoring case ({@link #key}); where two accounts that key alike were judged differently
 * ({@code mergify} and {@code mergify[bot]}), the bot verdict wins.
 *
 * <p>A verdict only matters where it disagrees with GitHub's flag, and the accounts judged bots are
 * few, so the policy holds those, and asks about the others only for an actor GitHub flags as a bot
 * (once per key): an index holds a verdict on every account, and reading them all cost a cold 1M
 * report a third of its samples (JFR).
 */
public final class BotPolicy {
  private static final String SUFFIX = "[bot]";

  /** GitHub's type flag alone: for an index no rules have judged yet. */
  public static final BotPolicy GITHUB_TYPE_ONLY = new BotPolicy(Map.of());

  private final Set<String> bots;
  private final Predicate<String> judgedHuman;
  private final Map<String, Boolean> asked = new ConcurrentHashMap<>();

  /**
   * @param verdicts bot ({@code true}) or human ({@code false}) per login, in any case, with or
   *     without {@code [bot]}
   */
  public BotPolicy(Map<String, Boolean> verdicts) {
    Set<String> bot = new HashSet<>();
    Set<String> human = new HashSet<>();
    Objects.requireNonNull(verdicts, "verdicts")
        .forEach((login, isBot) -> (isBot ? bot : human).add(key(login)));
    this.bots = Set.copyOf(bot);
    Set<String> humans = Set.copyOf(human);
    this.judgedHuman = humans::contains;
  }

  private BotPolicy(Set<String> bots, Predicate<String> judgedHuman) {
    this.bots = bots;
    this.judgedHuman = judgedHuman;
  }

  /**
   * A policy from the logins judged bots and a question about the others.
   *
   * @param botLogins every login the rules judged a bot
   * @param judgedHuman whether an account with this {@link #key} was judged (a human, since no bot
   *     has the key); asked only for actors GitHub flags as bots, at most once per key, from any
   *     thread
   */
  public static BotPolicy of(Collection<String> botLogins, Predicate<String> judgedHuman) {
    Set<String> bots = new HashSet<>();
    botLogins.forEach(login -> bots.add(key(login)));
    return new BotPolicy(Set.copyOf(bots), Objects.requireNonNull(judgedHuman, "judgedHuman"));
  }

  public boolean isBot(Actor actor) {
    String key = key(actor.login());
    if (bots.contains(key)) {
      return true;
    }
    return actor.isBot() && !asked.computeIfAbsent(key, judgedHuman::test);
  }

  /** The name a report shows for a bot: its login without {@code [bot]} ({@code mergify}). */
  public static String displayName(String login) {
    return login.endsWith(SUFFIX) ? login.substring(0, login.length() - SUFFIX.length()) : login;
  }

  /** What verdicts are keyed by: the login stripped, without {@code [bot]}, in lower case. */
  public static String key(String login) {
    return displayName(login.strip()).toLowerCase(Locale.ROOT);
  }
}
