package io.devpulse.app;

import io.devpulse.github.TokenSource;
import io.devpulse.model.UserErrorException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tokens this process knows ({@code GITHUB_TOKEN}, a {@code --token-file}'s), so that every
 * text a use case writes or returns (reports, site pages) is redacted the same way as what a server
 * sends: a template or partial that holds the token, however it got there, prints {@link
 * TokenSource#MASK}.
 */
public final class Secrets {
  private final List<TokenSource> tokens = new CopyOnWriteArrayList<>();

  /** Adds a token to redact; anonymous sources are ignored. */
  public void add(TokenSource token) {
    Objects.requireNonNull(token, "token");
    if (token.isPresent() && !tokens.contains(token)) {
      tokens.add(token);
    }
  }

  /**
   * Adds the token of the environment ({@value TokenSource#ENV_VARIABLE}), which every command must
   * keep out of what it writes, whether or not it uses it; a value GitHub could not have issued is
   * not a token to redact (sync says so when it needs one).
   */
  public void addFromEnvironment(Map<String, String> env) {
    try {
      add(TokenSource.fromEnv(env));
    } catch (UserErrorException malformed) {
      // Nothing to redact.
    }
  }

  /**
   * {@code text} with every known token (as is and Base64) replaced by {@link TokenSource#MASK}.
   */
  public String redact(String text) {
    String out = text;
    for (TokenSource token : tokens) {
      out = token.redact(out);
    }
    return out;
  }
}
