package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes the token out of what a server sent before any of it reaches a message, the index or a
 * report: a server, a proxy, or anything echoing the request can put the {@code Authorization}
 * header into a 200 response as well as into an error. Three layers, since each alone has a gap:
 *
 * <ol>
 *   <li>{@link #body}: the raw bytes, before parsing, so that a parser's message quoting the input
 *       ({@code Unrecognized token '...'}), which may also cut it mid-token, never sees it;
 *   <li>{@link #tree}: every string and field name of a parsed record, which also catches the token
 *       written with JSON escapes ({@code \u0067hp_...}) that the bytes do not show;
 *   <li>{@link #scrub}: a failure whose message or any cause still holds it (a gzip body's content,
 *       say) is replaced by one with the message redacted and no cause, as {@code --verbose} prints
 *       causes.
 * </ol>
 *
 * <p>Each replaces the token (and its Base64 forms) by {@link TokenSource#MASK}. Positions in a
 * page that held the token count the mask's bytes, not the token's.
 */
final class Redaction {
  static final Redaction NONE = new Redaction(TokenSource.none());

  private final TokenSource token;
  private final List<byte[]> forms = new ArrayList<>();
  private final byte[] mask = TokenSource.MASK.getBytes(UTF_8);

  private Redaction(TokenSource token) {
    this.token = token;
    for (String form : token.forms()) {
      forms.add(form.getBytes(UTF_8));
    }
  }

  static Redaction of(TokenSource token) {
    Objects.requireNonNull(token, "token");
    return token.isPresent() ? new Redaction(token) : NONE;
  }

  /** Whether there is anything to redact (a token). */
  boolean active() {
    return !forms.isEmpty();
  }

  /** {@link TokenSource#redact}. */
  String text(String text) {
    return token.redact(text);
  }

  /** The bytes with every occurrence of the token replaced; the same array when there is none. */
  byte[] body(byte[] body) {
    byte[] out = body;
    for (byte[] form : forms) {
      out = replace(out, form);
    }
    return out;
  }

  private byte[] replace(byte[] in, byte[] form) {
    int at = indexOf(in, form, 0);
    if (at < 0) {
      return in;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    int from = 0;
    for (; at >= 0; at = indexOf(in, form, from)) {
      out.write(in, from, at - from);
      out.writeBytes(mask);
      from = at + form.length;
    }
    out.write(in, from, in.length - from);
    return out.toByteArray();
  }

  private static int indexOf(byte[] in, byte[] form, int from) {
    byte first = form[0];
    for (int i = from, last = in.length - form.length; i <= last; i++) {
      if (in[i] != first) {
        continue;
      }
      int j = 1;
      while (j < form.length && in[i + j] == form[j]) {
        j++;
      }
      if (j == form.length) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The node with the token replaced in every string and field name; {@code node} itself when
   * clean.
   */
  JsonNode tree(JsonNode node) {
    if (!active() || node == null) {
      return node;
    }
    if (node.isTextual()) {
      String text = node.textValue();
      String redacted = token.redact(text);
      return redacted.equals(text) ? node : TextNode.valueOf(redacted);
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode element = array.get(i);
        JsonNode clean = tree(element);
        if (clean != element) {
          array.set(i, clean);
        }
      }
      return array;
    }
    if (node instanceof ObjectNode object) {
      boolean renamed = false;
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode clean = tree(field.getValue());
        if (clean != field.getValue()) {
          field.setValue(clean);
        }
        renamed |= token.appearsIn(field.getKey());
      }
      return renamed ? renamed(object) : object;
    }
    return node;
  }

  private ObjectNode renamed(ObjectNode object) {
    ObjectNode copy = object.objectNode();
    object.properties().forEach(f -> copy.set(token.redact(f.getKey()), f.getValue()));
    return copy;
  }

  /**
   * {@code e} when neither its message nor any cause's or suppressed exception's holds the token;
   * else a {@link BadInputException} with the message redacted and nothing attached.
   */
  BadInputException scrub(BadInputException e) {
    return leaks(e, 0) ? new BadInputException(text(e.getMessage())) : e;
  }

  /** Like {@link #scrub(BadInputException)} for the client's failures, keeping the status. */
  GithubApiException scrub(GithubApiException e) {
    if (!leaks(e, 0)) {
      return e;
    }
    return e instanceof RateLimitWaitException wait
        ? new RateLimitWaitException(wait.status(), text(wait.getMessage()), wait.refusedWait())
        : new GithubApiException(e.status(), text(e.getMessage()));
  }

  /** Whether {@code e}, its causes or suppressed exceptions mention the token (bounded depth). */
  boolean leaks(Throwable e, int depth) {
    if (e == null || !active() || depth > 20) {
      return false;
    }
    if (token.appearsIn(String.valueOf(e.getMessage())) || token.appearsIn(e.toString())) {
      return true;
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (leaks(suppressed, depth + 1)) {
        return true;
      }
    }
    return e.getCause() != e && leaks(e.getCause(), depth + 1);
  }
}
