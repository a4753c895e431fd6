package io.devpulse.index.internal;

import io.devpulse.index.BadQueryException;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax over the item fields users know ({@code kind:pr AND merged:true},
 * {@code created:[2025-12-01 TO 2025-12-31]}, {@code title:"prefix lm"}, {@code label:bug});
 * unfielded words search title and body. Terms are ANDed unless {@code OR} says otherwise.
 *
 * <p>Each query field maps to an index field and a way of matching: text is analysed, keywords
 * match ignoring case, {@code kind}/{@code state}/flags are checked against their few values,
 * numbers and dates become point ranges. {@code merged} is both the flag ({@code merged:true}) and
 * the merge time ({@code merged:[a TO b]}); {@code created:true} means "has a creation time".
 * Mistakes become a one-line {@link BadQueryException}. A parser is not thread-safe: use {@link
 * #parseQuery}, which makes one per query.
 *
 * <p>A query is hostile input too: what would overflow the stack or take minutes of CPU is refused
 * before Lucene sees it, as a {@link BadQueryException} within milliseconds: parentheses nested
 * deeper than {@value QueryNesting#MAX_DEPTH} levels ({@link QueryNesting}) and regular expressions
 * over their budget of length, nesting, repeat counts and positions ({@link RegexLimits}). A
 * wildcard or regular expression whose automaton Lucene still cannot build within its work limit is
 * refused the same way.
 */
public final class ItemQueryParser extends QueryParser {
  private enum Match {
    TEXT,
    KEYWORD,
    FLAG,
    KIND,
    STATE,
    MERGED,
    DATE,
    INT
  }

  private record Spec(Match match, String indexField) {}

  private static final Map<String, Spec> FIELDS =
      Map.ofEntries(
          Map.entry("text", new Spec(Match.TEXT, IndexFields.TEXT)),
          Map.entry("title", new Spec(Match.TEXT, IndexFields.TITLE)),
          Map.entry("body", new Spec(Match.TEXT, IndexFields.BODY)),
          Map.entry("repo", new Spec(Match.KEYWORD, IndexFields.REPO)),
          Map.entry("label", new Spec(Match.KEYWORD, IndexFields.LABEL)),
          Map.entry("labels", new Spec(Match.KEYWORD, IndexFields.LABEL)),
          Map.entry("author", new Spec(Match.KEYWORD, IndexFields.AUTHOR)),
          Map.entry("author_type", new Spec(Match.KEYWORD, IndexFields.AUTHOR_TYPE)),
          Map.entry("topic", new Spec(Match.KEYWORD, IndexFields.TOPIC)),
          Map.entry("priority", new Spec(Match.KEYWORD, IndexFields.PRIORITY)),
          Map.entry("primary", new Spec(Match.KEYWORD, IndexFields.PRIMARY)),
          Map.entry("finding", new Spec(Match.KEYWORD, IndexFields.FINDING)),
          Map.entry("fingerprint", new Spec(Match.KEYWORD, IndexFields.FINGERPRINT)),
          Map.entry("kind", new Spec(Match.KIND, IndexFields.KIND)),
          Map.entry("state", new Spec(Match.STATE, IndexFields.STATE)),
          Map.entry("draft", new Spec(Match.FLAG, IndexFields.DRAFT)),
          Map.entry("bot", new Spec(Match.FLAG, IndexFields.BOT)),
          Map.entry("merged", new Spec(Match.MERGED, IndexFields.MERGED_AT)),
          Map.entry("created", new Spec(Match.DATE, IndexFields.CREATED_AT)),
          Map.entry("updated", new Spec(Match.DATE, IndexFields.UPDATED_AT)),
          Map.entry("closed", new Spec(Match.DATE, IndexFields.CLOSED_AT)),
          Map.entry("number", new Spec(Match.INT, IndexFields.NUMBER)),
          Map.entry("comments", new Spec(Match.INT, IndexFields.COMMENTS)));

  /** The field names queries may use, in alphabetical order. */
  public static final String KNOWN_FIELDS = String.join(", ", new TreeSet<>(FIELDS.keySet()));

  /** The keyword fields (exact values: logins, labels, topics), in alphabetical order. */
  static final String KEYWORD_FIELDS =
      String.join(
          ", ",
          new TreeSet<>(
              FIELDS.entrySet().stream()
                  .filter(e -> e.getValue().match() == Match.KEYWORD)
                  .map(Map.Entry::getKey)
                  .toList()));

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  private ItemQueryParser() {
    super(IndexFields.TEXT, IndexAnalyzers.forQueries());
    setDefaultOperator(AND_OPERATOR);
    // Runs of CJK characters and hyphenated words analyse to several tokens: keep them a phrase.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** Parses a user's query over items; blank means all. */
  public static Query parseQuery(String query) {
    if (query == null || query.isBlank()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    QueryText text = QueryText.of(query);
    QueryNesting.check(text);
    try {
      return new ItemQueryParser().parse(text.text());
    } catch (ParseException e) {
      throw syntaxError(e, text);
    } catch (TooComplexToDeterminizeException e) {
      // A wildcard or regular expression whose automaton Lucene gave up building (fast: a work
      // limit).
      throw new BadQueryException(
          "query too complex: a wildcard or regular expression in it needs too large"
              + " an automaton; use fewer wildcards or repeats",
          e);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    Spec spec = spec(field);
    String value = queryText.strip();
    return switch (spec.match()) {
      case TEXT, KEYWORD ->
          eachTextField(spec.indexField(), f -> super.getFieldQuery(f, queryText, quoted));
      case FLAG -> new TermQuery(new Term(spec.indexField(), flag(field, value, "true or false")));
      case KIND -> new TermQuery(new Term(IndexFields.KIND, kind(value)));
      case STATE -> new TermQuery(new Term(IndexFields.STATE, state(value)));
      case MERGED ->
          isFlag(value)
              ? new TermQuery(
                  new Term(IndexFields.MERGED, flag(field, value, "true, false or a date")))
              : DateBounds.on(field, spec.indexField(), value);
      case DATE ->
          isFlag(value)
              ? hasValue(spec.indexField(), Boolean.parseBoolean(flag(field, value, "")))
              : DateBounds.on(field, spec.indexField(), value);
      case INT -> intRange(spec.indexField(), parseInt(field, value), parseInt(field, value));
    };
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    Spec spec = spec(field);
    return switch (spec.match()) {
      case DATE, MERGED ->
          DateBounds.range(field, spec.indexField(), part1, part2, startInclusive, endInclusive);
      case INT ->
          intRange(
              spec.indexField(),
              DateBounds.isOpen(part1)
                  ? Integer.MIN_VALUE
                  : bound(field, part1, startInclusive ? 0 : 1),
              DateBounds.isOpen(part2)
                  ? Integer.MAX_VALUE
                  : bound(field, part2, endInclusive ? 0 : -1));
      default -> super.getRangeQuery(spec.indexField(), part1, part2, startInclusive, endInclusive);
    };
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (field.equals("*") && termStr.equals("*")) {
      return MatchAllDocsQuery.INSTANCE;
    }
    Spec spec = spec(field);
    if (termStr.equals("*")
        && (spec.match() == Match.DATE
            || spec.match() == Match.MERGED
            || spec.match() == Match.INT)) {
      return new FieldExistsQuery(spec.indexField());
    }
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      // A keyword field's terms are few (logins, labels, topics): a scan of them all is cheap, and
      // author:*amd* is how people look for a vendor's accounts. Text fields have millions of
      // terms.
      if (spec.match() != Match.KEYWORD) {
        throw new BadQueryException(
            "a leading * or ? works on "
                + KEYWORD_FIELDS
                + ", not on "
                + field
                + " ("
                + field
                + ":"
                + termStr
                + "); start with a letter, e.g. "
                + field
                + ":amd*");
      }
      setAllowLeadingWildcard(true);
      try {
        return super.getWildcardQuery(spec.indexField(), termStr);
      } finally {
        setAllowLeadingWildcard(false);
      }
    }
    return eachTextField(textOrKeyword(field, termStr), f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return eachTextField(
        textOrKeyword(field, termStr + "*"), f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return eachTextField(
        textOrKeyword(field, termStr + "~"), f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    String indexField = textOrKeyword(field, "/" + RegexLimits.shown(termStr) + "/");
    RegexLimits.check(field, termStr);
    try {
      return eachTextField(indexField, f -> super.getRegexpQuery(f, termStr));
    } catch (TooComplexToDeterminizeException e) {
      throw RegexLimits.bad(
          field,
          termStr,
          "too complex to run (its automaton would be too large);"
              + " use fewer or smaller repeats",
          e);
    } catch (IllegalArgumentException e) {
      // Lucene's RegExp parser reports a malformed expression this way.
      throw RegexLimits.bad(
          field, termStr, String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
    }
  }

  /** Builds a query for one index field. */
  @FunctionalInterface
  private interface FieldQuery {
    Query on(String indexField) throws ParseException;
  }

  /**
   * The catch-all {@code text} field is not indexed (that would analyse every body twice): a query
   * on it is the same query on the title or the body. Other fields pass through.
   */
  private static Query eachTextField(String indexField, FieldQuery query) throws ParseException {
    if (!indexField.equals(IndexFields.TEXT)) {
      return query.on(indexField);
    }
    Query title = query.on(IndexFields.TITLE);
    Query body = query.on(IndexFields.BODY);
    if (title == null || body == null) {
      return title == null ? body : title;
    }
    return new BooleanQuery.Builder()
        .add(title, BooleanClause.Occur.SHOULD)
        .add(body, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The index field for a pattern query, which only text and keyword fields support. */
  private static String textOrKeyword(String field, String pattern) {
    Spec spec = spec(field);
    if (spec.match() != Match.TEXT && spec.match() != Match.KEYWORD) {
      throw new BadQueryException(
          "bad value in "
              + field
              + ": "
              + pattern
              + "; wildcards, fuzzy and regular expressions work on"
              + " text and keyword fields only");
    }
    return spec.indexField();
  }

  private static Spec spec(String field) {
    Spec spec = FIELDS.get(field);
    if (spec == null) {
      throw new BadQueryException(
          "unknown field " + field + " in query; known fields: " + KNOWN_FIELDS);
    }
    return spec;
  }

  private static boolean isFlag(String value) {
    return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
  }

  private static String flag(String field, String value, String expected) {
    if (!isFlag(value)) {
      throw new BadQueryException(
          "bad value in " + field + ": " + value + "; expected " + expected);
    }
    return IndexFields.fold(value);
  }

  private static String kind(String value) {
    try {
      return ItemKind.parse(value).key();
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("bad value in kind: " + value + "; expected issue or pr", e);
    }
  }

  private static String state(String value) {
    try {
      return ItemState.parse(value).key();
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("bad value in state: " + value + "; expected open or closed", e);
    }
  }

  /** Documents with (or without) a value in {@code indexField}. */
  private static Query hasValue(String indexField, boolean present) {
    Query exists = new FieldExistsQuery(indexField);
    if (present) {
      return exists;
    }
    return new BooleanQuery.Builder()
        .add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER)
        .add(exists, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static int bound(String field, String text, int adjust) {
    int value = parseInt(field, text);
    boolean overflows =
        (adjust > 0 && value == Integer.MAX_VALUE) || (adjust < 0 && value == Integer.MIN_VALUE);
    return overflows ? value : value + adjust;
  }

  private static int parseInt(String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new BadQueryException(
          "bad number in " + field + ": " + text + "; expected a whole number or *", e);
    }
  }

  private static Query intRange(String indexField, int lower, int upper) {
    return new IndexOrDocValuesQuery(
        IntPoint.newRangeQuery(indexField, lower, upper),
        NumericDocValuesField.newSlowRangeQuery(indexField, lower, upper));
  }

  /** {@code text} with control characters as {@code \\n}, {@code \\t} or {@code \\uXXXX}. */
  static String visible(String text) {
    return BadQueryException.visible(text);
  }

  /** One line with the 1-based column of the first offending character. */
  private static BadQueryException syntaxError(ParseException wrapper, QueryText text) {
    Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
    if (cause instanceof ParseException e
        && e.currentToken != null
        && e.currentToken.next != null) {
      Token next = e.currentToken.next;
      String what =
          next.kind == QueryParserConstants.EOF
              ? "unexpected end of query"
              // The token may hold a line break or other control character: shown escaped, the
              // error stays one line.
              : "unexpected \"" + visible(next.image) + "\"";
      return new BadQueryException(
          "bad query at column " + text.originalColumn(next.beginColumn) + ": " + what, wrapper);
    }
    String message = String.valueOf(cause.getMessage());
    Matcher column = COLUMN.matcher(message);
    if (column.find()) {
      String what =
          message.contains("<EOF>")
              ? "unexpected end of query (unclosed quote?)"
              : "unexpected character";
      int at = text.originalColumn(Integer.parseInt(column.group(1)));
      return new BadQueryException("bad query at column " + at + ": " + what, wrapper);
    }
    return new BadQueryException("bad query: " + message.lines().findFirst().orElse(""), wrapper);
  }
}
