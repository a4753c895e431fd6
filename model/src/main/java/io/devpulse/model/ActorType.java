package io.devpulse.model;

import java.util.Locale;

/** The kind of GitHub account, as the API's {@code user.type} says it. */
public enum ActorType {
  USER,
  BOT,
  ORGANIZATION,
  /** The API said nothing, or something this version does not know. */
  UNKNOWN;

  /**
   * Maps the API's {@code "User"}, {@code "Bot"}, {@code "Organization"}; anything else is UNKNOWN.
   */
  public static ActorType fromGitHub(String type) {
    if (type == null) {
      return UNKNOWN;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "user" -> USER;
      case "bot" -> BOT;
      case "organization" -> ORGANIZATION;
      default -> UNKNOWN;
    };
  }
}
