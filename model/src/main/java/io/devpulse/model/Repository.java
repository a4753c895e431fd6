package io.devpulse.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A GitHub repository, {@code owner/name}. GitHub treats both parts case-insensitively, so equality and
 * {@link #key()} use the lower-case form while {@link #toString()} keeps the spelling it was given.
 */
public record Repository(String owner, String name) {
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9._-]+");

  public Repository {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    if (!PART.matcher(owner).matches() || !PART.matcher(name).matches()) {
      throw new IllegalArgumentException("repository (" + owner + "/" + name + ") must be OWNER/NAME");
    }
  }

  /** Parses {@code owner/name}; the message names the bad value. */
  public static Repository parse(String fullName) {
    Objects.requireNonNull(fullName, "fullName");
    int slash = fullName.indexOf('/');
    if (slash <= 0 || slash != fullName.lastIndexOf('/') || slash == fullName.length() - 1) {
      throw new IllegalArgumentException("repository (" + fullName + ") must be OWNER/NAME");
    }
    return new Repository(fullName.substring(0, slash), fullName.substring(slash + 1));
  }

  /** {@code owner/name} as written. */
  public String fullName() {
    return owner + "/" + name;
  }

  /** {@code owner/name} in lower case: the form used in index keys and comparisons. */
  public String key() {
    return fullName().toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Repository other && key().equals(other.key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }

  @Override
  public String toString() {
    return fullName();
  }
}
