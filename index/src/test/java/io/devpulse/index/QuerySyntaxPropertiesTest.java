package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.devpulse.index.internal.ItemQueryParser;
import io.devpulse.model.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any query string a user can type is either parsed (and then runs: search and count-by on a small
 * index) or rejected with a one-line {@link BadQueryException}: never another exception, never a
 * hang (5 s per query). Strings come from any Unicode and from a grammar of the real syntax
 * (fields, operators, ranges, quotes, wildcards, regexes, boosts, fuzzies, escapes) glued at
 * random.
 */
class QuerySyntaxPropertiesTest {
  static Path dir;
  static HistoryIndex index;
  static final AtomicLong PARSED = new AtomicLong();
  static final AtomicLong REJECTED = new AtomicLong();
  private static final ExecutorService QUERIES =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-query");
            t.setDaemon(true);
            return t;
          });

  @BeforeContainer
  static void buildIndex() throws IOException {
    dir = Files.createTempDirectory("devpulse-query-props");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (var item : TestData.items()) {
        update.put(item, TestData.json(item), TestData.AMD_HIGH);
      }
      for (Entity c : TestData.comments()) {
        update.put(c, TestData.json(c));
      }
      update.commit(java.util.Map.of());
    }
    index = HistoryIndex.open(dir);
  }

  @AfterContainer
  static void close() throws IOException {
    index.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    System.out.printf(
        "QuerySyntaxPropertiesTest: %d queries parsed and run, %d rejected with a clear error;"
            + " 0 other exceptions%n",
        PARSED.get(), REJECTED.get());
  }

  @Property
  void anyUnicodeIsParsedOrAClearError(@ForAll("unicode") String query) {
    check(query);
  }

  @Property
  void syntaxSoupIsParsedOrAClearError(@ForAll("soup") String query) {
    check(query);
  }

  /** The same soup with regular expressions ({@code /.../}) in it: see the disabled test below. */
  @Property(tries = 300)
  void syntaxSoupWithRegexesIsParsedOrAClearError(@ForAll("soupWithRegexes") String query) {
    check(query);
  }

  @org.junit.jupiter.api.Test
  void invalidRegularExpressionIsAClearError() {
    for (String query : List.of("title:/[/", "/[/", "body:/a{/", "/(/", "label:/\\/")) {
      check(query);
    }
  }

  private static void check(String query) {
    Future<?> run =
        QUERIES.submit(
            () -> {
              try {
                assertThat(ItemQueryParser.parseQuery(query)).isNotNull();
                index.search(query, new SearchOptions(null, null, false, 10));
                index.countBy(query, null, CountBy.WEEK, DateField.CREATED, ZoneOffset.UTC);
                index.countBy(query, null, CountBy.LABEL, null, null);
                PARSED.incrementAndGet();
              } catch (BadQueryException e) {
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
                REJECTED.incrementAndGet();
              }
              return null;
            });
    try {
      run.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      fail("query did not finish in 5 s: " + query);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      fail("query " + quoted(query) + " threw " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static String quoted(String s) {
    return "'" + s.replace("\n", "\\n") + "'";
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(60);
  }

  private static final List<String> FIELDS =
      List.of(
          "title",
          "body",
          "repo",
          "label",
          "labels",
          "author",
          "author_type",
          "topic",
          "priority",
          "fingerprint",
          "kind",
          "state",
          "draft",
          "bot",
          "merged",
          "created",
          "updated",
          "closed",
          "number",
          "comments",
          "text",
          "nosuch",
          "",
          "*",
          "TITLE",
          "标题");

  private static final List<String> VALUES =
      List.of(
          "rocm",
          "pr",
          "issue",
          "open",
          "closed",
          "true",
          "false",
          "2025-12-10",
          "2025-12",
          "2025",
          "2025-13-45",
          "2025-12-10T11:00:00Z",
          "yesterday",
          "0",
          "-1",
          "99999999999",
          "2147483648",
          "1e3",
          "3.5",
          "\"prefix lm\"",
          "\"\"",
          "\"unclosed",
          "*",
          "?",
          "a*",
          "*a",
          "a?c",
          "foo~",
          "foo~2",
          "foo~0.5",
          "\"a b\"~3",
          "x^2",
          "x^-1",
          "x^abc",
          "中文",
          "性能优化",
          "Isotr0py",
          "dependabot[bot]",
          "a\\:b",
          "\\",
          "\\\\",
          "@",
          "#",
          "!",
          "&&",
          "||",
          "-",
          "+",
          "vllm-project/vllm",
          "AND",
          "OR",
          "NOT",
          "TO",
          "( )",
          "\u0000",
          "\uD800",
          "🚀");

  private static final List<String> GLUE =
      List.of(
          " ", " AND ", " OR ", " NOT ", " && ", " || ", " -", " +", "(", ")", " (", ") ", "[", "]",
          "{", "}", " TO ", ":", "\"", "'", "^", "~", "!", "\t", "\n", "  ", "");

  private static final List<String> REGEXES =
      List.of(
          "/ro.m/",
          "/[/",
          "/a{1,100000}/",
          "/(a|b)*c{2,}/",
          "/.*/",
          "/[a-z]+/",
          "/(/",
          "/\\d{3}/",
          "/(a{1,100}){1,100}/",
          "/((a{1,100}){1,100}){1,100}/",
          "/a{100}{100}{100}/",
          "/.*a.{1,30}/",
          "/" + "(".repeat(5_000) + "a" + ")".repeat(5_000) + "/",
          "(".repeat(5_000) + "x" + ")".repeat(5_000));

  @Provide
  Arbitrary<String> soupWithRegexes() {
    return Arbitraries.oneOf(
        soup(),
        Arbitraries.of(REGEXES),
        net.jqwik.api.Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(REGEXES))
            .as((f, r) -> f + ":" + r),
        net.jqwik.api.Combinators.combine(soup(), Arbitraries.of(REGEXES))
            .as((s, r) -> s + " " + r));
  }

  @Provide
  Arbitrary<String> soup() {
    Arbitrary<String> fielded =
        net.jqwik.api.Combinators.combine(Arbitraries.of(FIELDS), Arbitraries.of(VALUES))
            .as((f, v) -> f + ":" + v);
    Arbitrary<String> range =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of(FIELDS),
                Arbitraries.of("[", "{"),
                Arbitraries.of(VALUES),
                Arbitraries.of(VALUES),
                Arbitraries.of("]", "}"))
            .as((f, open, a, b, close) -> f + ":" + open + a + " TO " + b + close);
    Arbitrary<String> atom =
        Arbitraries.oneOf(fielded, range, Arbitraries.of(VALUES), Arbitraries.of(GLUE));
    return atom.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
