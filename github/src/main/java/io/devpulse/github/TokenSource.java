package io.devpulse.github;

import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GitHub token a sync authenticates with, and where it came from. The token itself leaves this
 * class only as the {@code Authorization} header {@link GithubClient} sends (and, to this package's
 * {@link Redaction}, as the forms to mask); {@link #toString()}, {@link #origin()} and every error
 * message name the source, never the value.
 */
public final class TokenSource {
  /** The environment variable holding the token. */
  public static final String ENV_VARIABLE = "GITHUB_TOKEN";

  /** What {@link #redact} puts where the token was. */
  public static final String MASK = "[REDACTED]";

  /**
   * What a token may contain: visible ASCII (GitHub's tokens are {@code ghp_...}, {@code
   * github_pat_...}).
   */
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]+");

  private static final TokenSource NONE = new TokenSource(null, "no token");

  private final String token;
  private final String origin;
  private final List<String> forms;

  private TokenSource(String token, String origin) {
    this.token = token;
    this.origin = origin;
    if (token == null) {
      this.forms = List.of();
    } else {
      Base64.Encoder b64 = Base64.getEncoder();
      // Longest first: Base64 of "x-access-token:" + token (15 bytes, a multiple of 3) ends in the
      // Base64 of the token, so that would otherwise leave a prefix behind.
      this.forms =
          List.of(
              b64.encodeToString(("x-access-token:" + token).getBytes(StandardCharsets.UTF_8)),
              b64.encodeToString(token.getBytes(StandardCharsets.UTF_8)),
              token);
    }
  }

  /** Anonymous access. */
  public static TokenSource none() {
    return NONE;
  }

  /** {@code GITHUB_TOKEN} from {@code env}; anonymous when it is unset or blank. */
  public static TokenSource fromEnv(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    String value = env.get(ENV_VARIABLE);
    if (value == null || value.isBlank()) {
      return NONE;
    }
    return checked(value.strip(), ENV_VARIABLE);
  }

  /**
   * How much of a token file is read: a token is about 100 bytes; the rest of a huge file is never
   * read.
   */
  static final int MAX_TOKEN_FILE_BYTES = 4096;

  /**
   * The first line of {@code file}, trimmed. Only a regular file is read (a FIFO would block,
   * {@code /dev/zero} never ends), and of it at most {@link #MAX_TOKEN_FILE_BYTES}.
   *
   * @throws UserErrorException when the file cannot be read, is not a regular file, or holds no
   *     token
   */
  public static TokenSource fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    String origin = "token file " + file;
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new UserErrorException(
          origin + " is not a regular file (a directory, FIFO or device); refused");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_TOKEN_FILE_BYTES + 1);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserErrorException(
          "cannot read " + origin + " (" + e.getClass().getSimpleName() + ")");
    }
    String content =
        new String(head, 0, Math.min(head.length, MAX_TOKEN_FILE_BYTES), StandardCharsets.UTF_8);
    String stripped = content.strip();
    int end = stripped.indexOf('\n');
    if (end < 0 && head.length > MAX_TOKEN_FILE_BYTES) {
      throw new UserErrorException(
          origin
              + ": its first line is longer than "
              + MAX_TOKEN_FILE_BYTES
              + " bytes; a token file holds the token on one line");
    }
    String firstLine = (end < 0 ? stripped : stripped.substring(0, end)).strip();
    if (firstLine.isEmpty()) {
      throw new UserErrorException(origin + " is empty");
    }
    return checked(firstLine, origin);
  }

  private static TokenSource checked(String token, String origin) {
    if (!TOKEN.matcher(token).matches()) {
      throw new UserErrorException(
          "the token from " + origin + " contains spaces or characters a GitHub token cannot have");
    }
    return new TokenSource(token, origin);
  }

  /** Whether there is a token (else requests are anonymous, 60 an hour). */
  public boolean isPresent() {
    return token != null;
  }

  /**
   * Where the token came from: {@code GITHUB_TOKEN}, {@code token file PATH} or {@code no token}.
   */
  public String origin() {
    return origin;
  }

  /** The {@code Authorization} header value, when there is a token. */
  Optional<String> authorization() {
    return token == null ? Optional.empty() : Optional.of("Bearer " + token);
  }

  /**
   * Whether {@code text} contains the token, as is or in one of its Base64 forms (for callers that
   * must prove they never print it).
   */
  public boolean appearsIn(CharSequence text) {
    if (text == null) {
      return false;
    }
    String s = text.toString();
    return forms.stream().anyMatch(s::contains);
  }

  /**
   * {@code text} with the token (as is, and Base64-encoded as in Basic authentication, alone or as
   * {@code x-access-token:TOKEN}) replaced by {@link #MASK}: for anything a server sends back that
   * devpulse may print or store, since a proxy or a hostile server can echo the request's
   * Authorization header.
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String form : forms) {
      out = out.replace(form, MASK);
    }
    return out;
  }

  /** The forms {@link #redact} replaces, in the order it replaces them; empty without a token. */
  List<String> forms() {
    return forms;
  }

  @Override
  public String toString() {
    return "TokenSource[" + origin + "]";
  }
}
