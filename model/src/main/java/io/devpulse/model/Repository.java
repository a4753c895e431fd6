package io.devpulse.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A GitHub repository, {@code owner/name}. GitHub treats both parts case-insensitively, so equality
 * and {@link #key()} use the lower-case form while {@link #toString()} keeps the spelling it was
 * given.
 *
 * <p>Both parts follow GitHub's rules, checked here once for every command line, file and record:
 * an owner is 1–39 letters, digits, {@code -} and {@code _} (enterprise-managed accounts), not
 * starting with {@code -}; a name is 1–100 letters, digits, {@code .}, {@code -} and {@code _}, and
 * not {@code .} or {@code ..}. So neither part can climb a path or a URL ({@code ../..}, {@code
 * ./.}, {@code o/..}).
 */
public record Repository(String owner, String name) {
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,38}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public Repository {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    if (!OWNER.matcher(owner).matches()
        || !NAME.matcher(name).matches()
        || name.equals(".")
        || name.equals("..")) {
      throw new IllegalArgumentException(
          "repository ("
              + owner
              + "/"
              + name
              + ") must be OWNER/NAME as GitHub"
              + " names them (owner: letters, digits, - and _; name: letters, digits, . - and _, not . or ..)");
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
