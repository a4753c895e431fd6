package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hostile input for the JSON readers ({@link GithubFileReader} for files, {@link ApiPage} for sync
 * pages): the shipped fixtures, truncated, with bytes flipped or inserted (invalid UTF-8, NUL,
 * braces), values of the wrong type, huge strings, deep nesting, duplicate keys, gzip-compressed
 * and then damaged. Each input must end in records, a {@link BadInputException} (a clean one-line
 * error), or counted skips with {@code --skip-bad}: never another exception, and never a hang (each
 * read is bounded to 10 s).
 *
 * <p>Bounded by {@code jqwik.tries.default} (src/test/resources/junit-platform.properties); a long
 * run: {@code -Djqwik.tries.default=100000}. The counts are printed after the class.
 */
@Tag("slow")
class GithubFileReaderFuzzTest {
  private static final List<byte[]> SEEDS =
      List.of(
          read(Inputs.HOUR.resolve("issues.json")),
          read(Inputs.HOUR.resolve("comments.json")),
          jsonLines(read(Inputs.HOUR.resolve("issues.json"))),
          ("[" + Inputs.PULL + "]").getBytes(UTF_8),
          ("[" + Inputs.REVIEW + "][" + Inputs.REVIEW + "]").getBytes(UTF_8),
          Inputs.COMMENT.getBytes(UTF_8));

  private static final ExecutorService READER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
          });

  static final AtomicLong CASES = new AtomicLong();
  static final AtomicLong PARSED = new AtomicLong();
  static final AtomicLong REJECTED = new AtomicLong();
  static final AtomicLong SKIPPED_RECORDS = new AtomicLong();

  /** What reading an input came to. */
  record Outcome(int records, int skipped, BadInputException error) {}

  @Property
  void mutatedFilesGiveRecordsOrACleanError(
      @ForAll("mutated") byte[] input, @ForAll boolean skipBad) {
    Outcome outcome = readBounded(input, skipBad, false);
    if (outcome.error() != null) {
      assertThat(outcome.error().getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  @Property
  void mutatedGzipFilesGiveRecordsOrACleanError(
      @ForAll("mutated") byte[] input, @ForAll("cuts") double cut) {
    byte[] gz = gzip(input);
    byte[] damaged = cut >= 1 ? gz : Arrays.copyOf(gz, (int) (gz.length * cut));
    readBounded(damaged, true, false);
  }

  @Property
  void mutatedApiPagesGiveRecordsOrACleanError(@ForAll("mutated") byte[] input) {
    readBounded(input, false, true);
  }

  @Property(tries = 40)
  void hugeStringsAndDeepNestingAreBounded(
      @ForAll("monsters") byte[] input, @ForAll boolean skipBad) {
    readBounded(input, skipBad, false);
  }

  @AfterContainer
  static void report() {
    System.out.printf(
        "GithubFileReaderFuzzTest: %d inputs read: %d gave records only, %d clean errors, "
            + "%d records skipped with --skip-bad; 0 other exceptions, 0 hangs%n",
        CASES.get(), PARSED.get(), REJECTED.get(), SKIPPED_RECORDS.get());
  }

  private static Outcome readBounded(byte[] input, boolean skipBad, boolean asApiPage) {
    CASES.incrementAndGet();
    Future<Outcome> result = READER.submit(() -> read(input, skipBad, asApiPage));
    try {
      Outcome outcome = result.get(10, TimeUnit.SECONDS);
      (outcome.error() == null ? PARSED : REJECTED).incrementAndGet();
      SKIPPED_RECORDS.addAndGet(outcome.skipped());
      return outcome;
    } catch (TimeoutException e) {
      result.cancel(true);
      return fail("reading did not finish in 10 s: " + preview(input));
    } catch (ExecutionException e) {
      return fail("uncaught " + e.getCause() + " for input " + preview(input), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  private static Outcome read(byte[] input, boolean skipBad, boolean asApiPage) throws IOException {
    ReadOptions options = ReadOptions.defaults().withSkipBad(skipBad);
    try {
      if (asApiPage) {
        ApiPage page =
            new ApiPage(URI.create("http://127.0.0.1/repos/o/r/issues"), 200, input, null, null);
        return new Outcome(
            page.readRecords(options.withForcedType(RecordType.ISSUE)).size(), 0, null);
      }
      int records = 0;
      try (GithubFileReader reader =
          GithubFileReader.open(new ByteArrayInputStream(input), "fuzz.json", options)) {
        for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
          assertThat(r.get().json()).isNotNull();
          records++;
        }
        return new Outcome(records, reader.skipped(), null);
      }
    } catch (BadInputException e) {
      return new Outcome(0, 0, e);
    }
  }

  // --- generators -------------------------------------------------------------------------------

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
    return Arbitraries.oneOf(
        Combinators.combine(seed, Arbitraries.doubles().between(0, 1).ofScale(4))
            .as(GithubFileReaderFuzzTest::truncate),
        Combinators.combine(
                seed,
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8))
            .as(GithubFileReaderFuzzTest::insert),
        Combinators.combine(
                seed,
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(INVALID_UTF8))
            .as(GithubFileReaderFuzzTest::insert),
        Combinators.combine(seed, Arbitraries.integers().between(1, 20), Arbitraries.longs())
            .as(GithubFileReaderFuzzTest::flipBytes),
        Combinators.combine(seed, Arbitraries.of(FIELDS), Arbitraries.of(WRONG_VALUES))
            .as(GithubFileReaderFuzzTest::replaceValue),
        Combinators.combine(seed, Arbitraries.of(FIELDS), Arbitraries.of(WRONG_VALUES))
            .as(GithubFileReaderFuzzTest::duplicateKey),
        Arbitraries.of(ODD_DOCUMENTS).map(s -> s.getBytes(UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
  }

  @Provide
  Arbitrary<Double> cuts() {
    return Arbitraries.oneOf(
        Arbitraries.just(1.0), Arbitraries.doubles().between(0, 0.999).ofScale(3));
  }

  @Provide
  Arbitrary<byte[]> monsters() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1_000, 200_000).map(GithubFileReaderFuzzTest::deepNesting),
        Arbitraries.integers().between(100_000, 8_000_000).map(GithubFileReaderFuzzTest::hugeTitle),
        Arbitraries.integers()
            .between(10_000, 2_000_000)
            .map(n -> ("[" + "\"x\",".repeat(n) + "1]").getBytes(UTF_8)),
        Arbitraries.integers()
            .between(1, 400)
            .map(n -> ("{\"number\":1" + ",\"number\":1".repeat(n * 100) + "}").getBytes(UTF_8)));
  }

  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {0},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          new byte[] {(byte) 0x80});

  private static final List<String> FIELDS =
      List.of(
          "number",
          "title",
          "body",
          "user",
          "login",
          "labels",
          "state",
          "created_at",
          "updated_at",
          "closed_at",
          "pull_request",
          "merged_at",
          "html_url",
          "url",
          "issue_url",
          "id",
          "draft",
          "comments",
          "submitted_at",
          "type",
          "name");

  private static final List<String> WRONG_VALUES =
      List.of(
          "null",
          "\"\"",
          "\"abc\"",
          "-1",
          "0",
          "1e308",
          "99999999999999999999999",
          "3.5",
          "true",
          "[]",
          "{}",
          "[1,2]",
          "{\"a\":{}}",
          "\"2025-13-45T99:99:99Z\"",
          "\"\\ud800\"",
          "\"\\u0000\"",
          "\"{{ site.github }}\"",
          "\"" + "é".repeat(1000) + "\"",
          "NaN",
          "-0");

  private static final List<String> ODD_DOCUMENTS =
      List.of(
          "",
          " ",
          "\n\n",
          "[]",
          "{}",
          "[[]]",
          "[{}]",
          "null",
          "1",
          "\"s\"",
          "[null]",
          "[1,2,3]",
          "{\"a\":1}\n{\"b\":2}",
          "[{}][{}]",
          "][",
          "{",
          "[",
          "\uFEFF[]",
          "{}\n\n{}",
          "[{\"number\":1}",
          "/* c */ []",
          "[{\"number\": 1,}]",
          "\u0000",
          "[\"\\x\"]",
          "[1,]");

  private static byte[] truncate(byte[] seed, double fraction) {
    return Arrays.copyOf(seed, (int) (seed.length * fraction));
  }

  private static byte[] insert(byte[] seed, int at, byte[] bytes) {
    int pos = at % (seed.length + 1);
    byte[] out = new byte[seed.length + bytes.length];
    System.arraycopy(seed, 0, out, 0, pos);
    System.arraycopy(bytes, 0, out, pos, bytes.length);
    System.arraycopy(seed, pos, out, pos + bytes.length, seed.length - pos);
    return out;
  }

  private static byte[] flipBytes(byte[] seed, int count, long randomSeed) {
    java.util.Random random = new java.util.Random(randomSeed);
    byte[] out = seed.clone();
    for (int i = 0; i < count && out.length > 0; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** Every {@code "field": value} whose value is a scalar becomes {@code "field": replacement}. */
  private static byte[] replaceValue(byte[] seed, String field, String replacement) {
    String text = new String(seed, UTF_8);
    return text.replaceAll(
            "\""
                + field
                + "\"\\s*:\\s*(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?[0-9.eE+]+|true|false|null)",
            "\"" + field + "\": " + java.util.regex.Matcher.quoteReplacement(replacement))
        .getBytes(UTF_8);
  }

  /** Adds a second {@code field} key to every object that has one. */
  private static byte[] duplicateKey(byte[] seed, String field, String value) {
    String text = new String(seed, UTF_8);
    return text.replace(
            "\"" + field + "\":", "\"" + field + "\": " + value + ", \"" + field + "\":")
        .getBytes(UTF_8);
  }

  private static byte[] deepNesting(int depth) {
    String open = "{\"number\":1,\"title\":\"t\",\"body\":" + "[".repeat(depth);
    return (open + "]".repeat(depth) + "}").getBytes(UTF_8);
  }

  private static byte[] hugeTitle(int length) {
    String item = new String(SEEDS.get(3), UTF_8);
    return item.replaceFirst("\"title\":\\s*\"", "\"title\": \"" + "A".repeat(length))
        .getBytes(UTF_8);
  }

  private static byte[] jsonLines(byte[] array) {
    try {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      StringBuilder lines = new StringBuilder();
      for (var node : mapper.readTree(array)) {
        lines.append(mapper.writeValueAsString(node)).append('\n');
      }
      return lines.toString().getBytes(UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String preview(byte[] input) {
    String s = new String(input, 0, Math.min(input.length, 300), UTF_8);
    return input.length + " bytes: " + s.replace("\n", "\\n");
  }

  static List<byte[]> seeds() {
    return new ArrayList<>(SEEDS);
  }
}
