package io.devpulse.github;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;

/**
 * Reads a {@code user} object ({@code login}, {@code type}); a null or absent user is {@link
 * Actor#GHOST}.
 */
final class ActorJson {
  private ActorJson() {}

  static Actor read(JsonFields record, String name) {
    return record.optionalObject(name).map(ActorJson::fromUser).orElse(Actor.GHOST);
  }

  private static Actor fromUser(JsonFields user) {
    String login = user.string("login");
    if (login.isBlank()) {
      throw RecordProblem.expected(user.path("login"), "a login", user.raw("login"));
    }
    return new Actor(login, ActorType.fromGitHub(user.optionalString("type")));
  }
}
