package io.devpulse.model;

import java.util.Objects;

/**
 * A GitHub account that wrote something. {@link #isBot()} is the API's own verdict (type {@code
 * Bot} or a {@code [bot]} login); the rules add a configurable list of bot-like accounts on top of
 * it.
 */
public record Actor(String login, ActorType type) {
  /** GitHub shows deleted accounts as "ghost"; the API then sends {@code user: null}. */
  public static final Actor GHOST = new Actor("ghost", ActorType.USER);

  public Actor {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(type, "type");
    if (login.isBlank()) {
      throw new IllegalArgumentException("login must not be blank");
    }
  }

  public static Actor user(String login) {
    return new Actor(login, ActorType.USER);
  }

  /** True when GitHub marks the account as an app/bot. */
  public boolean isBot() {
    return type == ActorType.BOT || login.endsWith("[bot]");
  }
}
