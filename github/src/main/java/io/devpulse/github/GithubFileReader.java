package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.Entity;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a file of GitHub REST API records (issues, pull requests, comments, reviews) one record at
 * a time, in memory bounded by the largest record rather than by the file.
 *
 * <p>Accepted layouts: a JSON array (one page), pages run together as {@code gh api --paginate}
 * writes them ({@code [...][...]}, with or without whitespace between), JSON Lines, a single
 * object; each of them may be gzip-compressed (recognised by its first bytes, not the file name).
 * Each record's type is told from its fields unless {@link ReadOptions#forcedType()} says it.
 *
 * <p>Use: {@code try (var reader = GithubFileReader.open(path, options)) { for
 * (Optional<ParsedRecord> r; (r = reader.next()).isPresent(); ) { ... } }}. A bad record throws a
 * {@link BadInputException}, or with {@link ReadOptions#skipBad()} is counted in {@link #skipped()}
 * and passed over. After an exception other than a skippable record, close the reader; reading on
 * is not defined. Not thread-safe.
 */
public final class GithubFileReader implements Closeable {
  /** How many messages of skipped records {@link #skippedMessages()} keeps. */
  public static final int MAX_SKIPPED_MESSAGES = 20;

  private final RecordSource source;
  private final RecordMapper mapper;
  private final boolean skipBad;
  private final Redaction redaction;
  private final List<String> skippedMessages = new ArrayList<>();
  private int skipped;

  private final String displayName;

  private GithubFileReader(
      RecordSource source, String displayName, ReadOptions options, Redaction redaction) {
    this.displayName = displayName;
    this.source = source;
    this.mapper = new RecordMapper(options);
    this.skipBad = options.skipBad();
    this.redaction = redaction;
  }

  /**
   * Opens a file; its path as given names it in messages.
   *
   * @throws BadInputException when the file does not exist, is a directory or its gzip header is
   *     broken
   */
  public static GithubFileReader open(Path file, ReadOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a directory, not a file");
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file", e);
    }
    return open(in, file.toString(), options);
  }

  /**
   * Reads from a stream (a test's bytes, an HTTP response body); the reader owns it and closes it.
   *
   * @param displayName what messages and {@link SourcePosition#file()} call the input
   */
  public static GithubFileReader open(InputStream in, String displayName, ReadOptions options)
      throws IOException {
    return open(in, displayName, options, Long.MAX_VALUE, Redaction.NONE);
  }

  /**
   * Reads what a server sent: content that, after gzip decompression, may not exceed {@code
   * maxContentBytes} (gzip data can expand a thousandfold; beyond it, {@link #next()} fails with a
   * {@link BadInputException}), and records whose strings and field names go through {@code
   * redaction} before they are mapped, so that neither the records nor a bad record's message can
   * hold the token.
   */
  static GithubFileReader open(
      InputStream in,
      String displayName,
      ReadOptions options,
      long maxContentBytes,
      Redaction redaction)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(options, "options");
    try {
      InputStream content = GzipInput.decompressIfGzip(in, displayName);
      if (maxContentBytes < Long.MAX_VALUE) {
        content = new LimitedInput(content, displayName, maxContentBytes);
      }
      LayoutSniffer.Result sniffed = LayoutSniffer.sniff(content);
      if (sniffed.empty()) {
        // Not "0 records": a 0-byte file is what a failed curl or an interrupted download leaves.
        throw new BadInputException(displayName + ": empty");
      }
      RecordSource source =
          switch (sniffed.layout()) {
            case LINES -> new LineRecordSource(sniffed.input(), displayName);
            case STREAM -> new StreamRecordSource(sniffed.input(), displayName);
          };
      return new GithubFileReader(source, displayName, options, redaction);
    } catch (IOException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The next record, or empty at the end of the input.
   *
   * @throws BadInputException for a bad record (unless skipping), truncated or malformed JSON
   *     outside JSON Lines, or broken gzip data
   */
  public Optional<ParsedRecord> next() throws IOException {
    while (true) {
      RawRecord raw = source.next();
      if (raw == null) {
        return Optional.empty();
      }
      try {
        if (raw.problem() != null) {
          throw new RecordProblem(raw.problem());
        }
        JsonNode node = redaction.tree(raw.node());
        if (raw.index() == 1 && ErrorBody.isOne(node)) {
          // A saved error response is no record at all: the file failed to download, whatever
          // --skip-bad says.
          throw redaction.scrub(
              new BadInputException(
                  displayName + ": a GitHub error response: " + ErrorBody.message(node)));
        }
        Entity entity = mapper.map(node);
        return Optional.of(new ParsedRecord(entity, Json.compact(node), raw.position()));
      } catch (RecordProblem problem) {
        BadInputException bad =
            redaction.scrub(
                BadInputException.inRecord(raw.position(), raw.index(), problem.getMessage()));
        if (!skipBad) {
          throw bad;
        }
        skipped++;
        if (skippedMessages.size() < MAX_SKIPPED_MESSAGES) {
          skippedMessages.add(bad.getMessage());
        }
      }
    }
  }

  /** How many records were skipped so far (only with {@link ReadOptions#skipBad()}). */
  public int skipped() {
    return skipped;
  }

  /** The messages of the first {@link #MAX_SKIPPED_MESSAGES} skipped records, in file order. */
  public List<String> skippedMessages() {
    return List.copyOf(skippedMessages);
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
