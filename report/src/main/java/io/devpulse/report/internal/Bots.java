package io.devpulse.report.internal;

import io.devpulse.model.Actor;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells bots from people: GitHub's own verdict ({@link Actor#isBot()}) or a login on the configured list
 * (compared without a {@code [bot]} suffix, ignoring case).
 */
public final class Bots {
  private static final String SUFFIX = "[bot]";

  private final Set<String> logins;

  public Bots(Collection<String> logins) {
    this.logins = logins.stream().map(Bots::key).collect(Collectors.toUnmodifiableSet());
  }

  public boolean isBot(Actor actor) {
    return actor.isBot() || logins.contains(key(actor.login()));
  }

  /** The name a report shows for a bot: its login without {@code [bot]} ({@code mergify}). */
  public static String name(String login) {
    return login.endsWith(SUFFIX) ? login.substring(0, login.length() - SUFFIX.length()) : login;
  }

  private static String key(String login) {
    return name(login.strip()).toLowerCase(Locale.ROOT);
  }
}
