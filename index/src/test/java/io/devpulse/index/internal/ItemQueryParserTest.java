package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.BadQueryException;
import java.time.Duration;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemQueryParserTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kind:pr AND merged:true AND author:Isotr0py | +kind:pr +merged:true +author:isotr0py",
        "labels:Bug | label:bug",
        "label:\"Good First Issue\" | label:good first issue",
        "title:\"prefix lm\" | title:\"prefix lm\"",
        "PrefixLM | title:prefixlm body:prefixlm",
        "加载失败 | title:\"加载 载失 失败\" body:\"加载 载失 失败\"",
        "text:rocm* | title:rocm* body:rocm*",
        "kind:PULL_REQUEST | kind:pr",
        "state:Open | state:open",
        "draft:TRUE | draft:true",
        "created:true | FieldExistsQuery [field=created_at]",
        "closed:false | #*:* -FieldExistsQuery [field=closed_at]",
        "merged:* | FieldExistsQuery [field=merged_at]",
        "topic:AMD-ROCm | topic:amd-rocm",
        "*:* | *:*",
      })
  void translatesQueries(String query, String expected) {
    assertThat(ItemQueryParser.parseQuery(query).toString()).isEqualTo(expected);
  }

  @Test
  void treatsBlankAsAll() {
    assertThat(ItemQueryParser.parseQuery(" ")).isInstanceOf(MatchAllDocsQuery.class);
    assertThat(ItemQueryParser.parseQuery(null)).isInstanceOf(MatchAllDocsQuery.class);
  }

  @Test
  void turnsDatesAndNumbersIntoRanges() {
    assertThat(ItemQueryParser.parseQuery("created:2025-12-10"))
        .isEqualTo(DateBounds.rangeQuery(IndexFields.CREATED_AT, 1765324800000L, 1765411199999L));
    assertThat(ItemQueryParser.parseQuery("merged:[2025-12-10 TO *]"))
        .isEqualTo(DateBounds.rangeQuery(IndexFields.MERGED_AT, 1765324800000L, Long.MAX_VALUE));
    assertThat(ItemQueryParser.parseQuery("number:{30000 TO 30400}").toString())
        .contains("number:[30001 TO 30399]");
    assertThat(ItemQueryParser.parseQuery("comments:[2 TO *]").toString())
        .contains("comments:[2 TO 2147483647]");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kind:pr AND ) | bad query at column 12: unexpected \")\"",
        "kind:pr AND | bad query at column 11: unexpected end of query",
        "label:bug OR OR x | bad query at column 13: unexpected \"OR\"",
        "title:(foo | bad query at column 10: unexpected end of query",
        "title:\"prefix lm | bad query at column 17: unexpected end of query (unclosed quote?)",
      })
  void reportsSyntaxErrorsWithTheirColumn(String query, String message) {
    assertThatThrownBy(() -> ItemQueryParser.parseQuery(query))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "created:2025-13-01 | bad date in created: 2025-13-01; expected a day like 2025-12-10, an instant like"
            + " 2025-12-10T08:00:00Z, or *",
        "closed:[2025-12-01 TO 2025-02-30] | bad date in closed: 2025-02-30; expected a day like 2025-12-10,"
            + " an instant like 2025-12-10T08:00:00Z, or *",
        "merged:[yesterday TO *] | bad date in merged: yesterday; expected a day like 2025-12-10, an instant"
            + " like 2025-12-10T08:00:00Z, or *",
        "number:abc | bad number in number: abc; expected a whole number or *",
        "comments:[two TO *] | bad number in comments: two; expected a whole number or *",
        "kind:bug | bad value in kind: bug; expected issue or pr",
        "state:merged | bad value in state: merged; expected open or closed",
        "draft:yes | bad value in draft: yes; expected true or false",
        "created:2025* | bad value in created: 2025*; wildcards, fuzzy and regular expressions work on text"
            + " and keyword fields only",
      })
  void reportsBadValuesNamingFieldAndValue(String query, String message) {
    assertThatThrownBy(() -> ItemQueryParser.parseQuery(query))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(message);
  }

  @Test
  void listsTheKnownFieldsForAnUnknownOne() {
    assertThatThrownBy(() -> ItemQueryParser.parseQuery("kind:pr AND milestone:v1"))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(
            "unknown field milestone in query; known fields: author, author_type, body, bot, closed,"
                + " comments, created, draft, finding, fingerprint, kind, label, labels, merged, number,"
                + " primary, priority, repo, state, text, title, topic, updated");
  }

  @org.junit.jupiter.api.Test
  void regularExpressionsMustBeValidAndSmall() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ItemQueryParser.parseQuery("title:/[/"))
        .hasMessage("bad regular expression in title: /[/; unexpected end-of-string");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ItemQueryParser.parseQuery("/a{1,100000}/"))
        .hasMessage(
            "bad regular expression in text: /a{1,100000}/; repeat counts above 100 are not supported");
    assertThat(ItemQueryParser.parseQuery("title:/mi[0-9]{3}x?/").toString())
        .isEqualTo("title:/mi[0-9]{3}x?/");
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // TooComplexToDeterminizeException after 2 s: exit 3
        "body:/(a{1,100}){1,100}/ | bad regular expression in body: /(a{1,100}){1,100}/; expands to more than"
            + " 1000 positions (nested and stacked repeats multiply)",
        // minutes of CPU
        "body:/((a{1,100}){1,100}){1,100}/ | bad regular expression in body: /((a{1,100}){1,100}){1,100}/;"
            + " expands to more than 1000 positions (nested and stacked repeats multiply)",
        "body:/a{100}{100}{100}{100}/ | bad regular expression in body: /a{100}{100}{100}{100}/; expands to more"
            + " than 1000 positions (nested and stacked repeats multiply)",
        // within the budget, but Lucene cannot determinize it within its work limit
        "body:/(a{1,10}){1,100}/ | bad regular expression in body: /(a{1,10}){1,100}/; too complex to run (its"
            + " automaton would be too large); use fewer or smaller repeats",
        "title:/.*a.{1,30}/ | bad regular expression in title: /.*a.{1,30}/; too complex to run (its automaton"
            + " would be too large); use fewer or smaller repeats",
        "NESTED | bad query at column 33: parentheses nested deeper than 32 levels",
        "REGEX_NESTED | bad regular expression in body: /((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((…/;"
            + " groups nested deeper than 32 levels",
      })
  void hostileQueriesAreQuickOneLineErrors(String query, String message) {
    String q =
        switch (query) {
          case "NESTED" -> "(".repeat(5_000) + "x" + ")".repeat(5_000); // was a StackOverflowError
          case "REGEX_NESTED" ->
              "body:/" + "(".repeat(400) + "a" + ")".repeat(400) + "/"; // likewise
          default -> query;
        };
    long start = System.nanoTime();
    assertThatThrownBy(() -> ItemQueryParser.parseQuery(q))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(message);
    // Measured at 0-400 ms on a busy 2-core machine (most of it Lucene's first, unwarmed automaton
    // code);
    // the bound only catches a return of the minutes-long cases.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @org.junit.jupiter.api.Test
  void aSyntaxErrorNamingATokenWithALineBreakStaysOneLine() {
    // A backslash escapes the line break into a term, which an error may then quote.
    java.util.List<String> messages = new java.util.ArrayList<>();
    for (String q :
        java.util.List.of(
            "AND lm\\\nb",
            "a AND AND lm\\\nb",
            "a OR NOT OR lm\\\nb",
            "title:[a TO lm\\\nb",
            "a^ lm\\\nb",
            "(a lm\\\nb) )",
            "title:[a lm\\\nb TO c]",
            "title:{a lm\\\nb}")) {
      try {
        ItemQueryParser.parseQuery(q);
      } catch (io.devpulse.index.BadQueryException e) {
        messages.add(e.getMessage());
      }
    }
    org.assertj.core.api.Assertions.assertThat(messages)
        .isNotEmpty()
        .noneMatch(m -> m.contains("\n"))
        .anyMatch(m -> m.contains("lm\\\\nb"));
    org.assertj.core.api.Assertions.assertThat(ItemQueryParser.visible("x\ty\u0007\u2028"))
        .isEqualTo("x\\ty\\u0007\\u2028");
  }

  @Test
  void aFieldNameWithAnEscapedLineBreakIsNamedOnOneLine() {
    // Found by QuerySyntaxPropertiesTest: "\\" before a line break makes the line break part of the
    // field.
    assertThatThrownBy(() -> ItemQueryParser.parseQuery("\\\ntitle:rocm"))
        .isInstanceOf(BadQueryException.class)
        .hasMessageStartingWith("unknown field \\ntitle in query; known fields: ")
        .hasMessageNotContaining("\n");
  }
}
