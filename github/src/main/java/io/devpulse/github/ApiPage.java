package io.devpulse.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One response of a GitHub list endpoint: its body (a page of at most 100 records, held in memory
 * so that a page is parsed whole before any of it is stored), the next page's URL from the {@code
 * Link} header, its {@code ETag} and rate limit — or "not modified" (HTTP 304, no body) for a
 * conditional request.
 */
public final class ApiPage {
  private final URI uri;
  private final int status;
  private final byte[] body;
  private final URI next;
  private final String etag;
  private final long maxContentBytes;
  private final Redaction redaction;

  ApiPage(URI uri, int status, byte[] body, URI next, String etag) {
    this(
        uri, status, body, next, etag, GithubClient.DEFAULT_MAX_RESPONSE_BYTES, TokenSource.none());
  }

  ApiPage(URI uri, int status, byte[] body, URI next, String etag, long maxContentBytes) {
    this(uri, status, body, next, etag, maxContentBytes, TokenSource.none());
  }

  /**
   * @param maxContentBytes how large the body's content may be after gzip decompression
   * @param token the token the request was sent with: redacted from the body before it is read
   */
  ApiPage(
      URI uri,
      int status,
      byte[] body,
      URI next,
      String etag,
      long maxContentBytes,
      TokenSource token) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.status = status;
    this.redaction = Redaction.of(token);
    this.body = redaction.body(Objects.requireNonNull(body, "body"));
    this.next = next;
    this.etag = etag;
    this.maxContentBytes = maxContentBytes;
  }

  /** The URL that was requested (after redirects). */
  public URI uri() {
    return uri;
  }

  /**
   * The URL as messages show it: {@link GithubClient#display}, and without the token if it holds
   * it.
   */
  public String displayName() {
    return redaction.text(GithubClient.display(uri));
  }

  /** 200, or 304 when {@link #notModified()}. */
  public int status() {
    return status;
  }

  /** The server answered a conditional request with 304: the previous response still holds. */
  public boolean notModified() {
    return status == 304;
  }

  /** The next page ({@code Link: <...>; rel="next"}), or empty on the last page. */
  public Optional<URI> next() {
    return Optional.ofNullable(next);
  }

  /** The response's {@code ETag}, for a later conditional request. */
  public Optional<String> etag() {
    return Optional.ofNullable(etag);
  }

  /** Whether the body is an empty JSON array ({@code []}, blanks around and inside allowed). */
  boolean isEmptyList() {
    int i = 0;
    int end = body.length;
    while (i < end && Character.isWhitespace(body[i])) {
      i++;
    }
    while (end > i && Character.isWhitespace(body[end - 1])) {
      end--;
    }
    if (end - i < 2 || body[i] != '[' || body[end - 1] != ']') {
      return false;
    }
    for (int j = i + 1; j < end - 1; j++) {
      if (!Character.isWhitespace(body[j])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The body (empty for 304), with the token replaced by {@link TokenSource#MASK} wherever it
   * occurred.
   */
  public InputStream body() {
    return new ByteArrayInputStream(body);
  }

  /**
   * Every record of the page, read by {@link GithubFileReader} with the URL as the input's name, so
   * a bad page fails with the same one-line {@link BadInputException} as a bad file: {@code
   * URL:1:230 (byte 229): malformed JSON: ...}. Empty for 304. A gzip-compressed body (which the
   * client never asks for) may expand to no more than the client's {@code maxResponseBytes}.
   *
   * <p>Whatever the server echoed of the token (in a title, a body, a label, a field name; as is,
   * JSON-escaped or in Base64) is {@link TokenSource#MASK} in the records, their JSON and every
   * message.
   */
  public List<ParsedRecord> readRecords(ReadOptions options) throws IOException {
    List<ParsedRecord> records = new ArrayList<>();
    if (notModified()) {
      return records;
    }
    try (GithubFileReader reader =
        GithubFileReader.open(body(), displayName(), options, maxContentBytes, redaction)) {
      for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        records.add(r.get());
      }
    } catch (BadInputException e) {
      throw redaction.scrub(e);
    }
    return List.copyOf(records);
  }

  /**
   * The {@code filename} of every entry of a {@code GET /repos/O/N/pulls/N/files} page, in order.
   *
   * @throws BadInputException when the page is not an array of objects with a string {@code
   *     filename}
   */
  public List<String> readFilenames() throws IOException {
    if (notModified()) {
      return List.of();
    }
    try {
      return filenames();
    } catch (BadInputException e) {
      throw redaction.scrub(e);
    }
  }

  private List<String> filenames() throws IOException {
    JsonNode root;
    try {
      root = redaction.tree(Json.MAPPER.readTree(body));
    } catch (JsonProcessingException e) {
      throw new BadInputException(displayName() + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new BadInputException(
          displayName()
              + ": expected a JSON array of changed files, got "
              + (root == null ? "nothing" : JsonSnippet.of(root)));
    }
    List<String> names = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode name = root.get(i).path("filename");
      if (!name.isTextual() || name.asText().isEmpty()) {
        throw new BadInputException(
            displayName()
                + ": file "
                + (i + 1)
                + ": field 'filename': expected a non-empty string, got "
                + JsonSnippet.of(name.isMissingNode() ? null : name));
      }
      names.add(name.asText());
    }
    return List.copyOf(names);
  }
}
