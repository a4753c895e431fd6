package io.devpulse.rules.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One sentence of an item: the title (index 0), or a sentence of the description read as Markdown
 * ({@link io.devpulse.model.Description}: code blocks, templates and checklists dropped), split by
 * ICU's sentence rules. Findings are decided per sentence, so that "removed" and "environment
 * variable" count together only when one sentence says both. Rules reach sentences through {@link
 * ItemFact#sentences()} after cheaper conditions, so most items never split their text:
 *
 * <pre>{@code
 * $s : Sentence( has("compat-change"), has("compat-env-var") ) from $i.sentences()
 * }</pre>
 *
 * <p>What is in it is read on first use: the term lists' terms ({@link #has}, {@link #term}), the
 * numbers with units ({@link #measures()}), the named things ({@link #mentions()}) and the version
 * numbers ({@link #versions()}).
 */
public final class Sentence {
  private static final int QUOTE_LIMIT = 160;
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("`[^`]*`");

  private final ItemFact item;
  private final Field field;
  private final int index;
  private final String text;
  private final Function<String, Map<String, List<String>>> matcher;
  private Map<String, List<String>> terms;
  private List<Measure> measures;
  private List<Mention> mentions;
  private List<String> versions;

  Sentence(
      ItemFact item,
      Field field,
      int index,
      String text,
      Function<String, Map<String, List<String>>> matcher) {
    this.item = Objects.requireNonNull(item, "item");
    this.field = Objects.requireNonNull(field, "field");
    this.index = index;
    this.text = Objects.requireNonNull(text, "text");
    this.matcher = matcher;
  }

  public ItemFact item() {
    return item;
  }

  /**
   * {@link Field#TITLE}, {@link Field#BODY} or, for {@link ItemFact#codeBlocks()}, {@link
   * Field#CODE}.
   */
  public Field field() {
    return field;
  }

  /** 0 for the title, then 1, 2, ... in the description's order. */
  public int index() {
    return index;
  }

  /** The sentence as written (inline code keeps its backticks). */
  public String text() {
    return text;
  }

  /**
   * Whether a term of the list {@code list} (a term file's name) is in this sentence, outside
   * inline code.
   */
  public boolean has(String list) {
    return terms().containsKey(list);
  }

  /** The first term of {@code list} in this sentence, as written, or {@code ""}. */
  public String term(String list) {
    List<String> found = terms().get(list);
    return found == null ? "" : found.get(0);
  }

  /** The names of the term lists with a term in this sentence. */
  public Set<String> lists() {
    return terms().keySet();
  }

  private Map<String, List<String>> terms() {
    if (terms == null) {
      // Words inside code (`--disable-log-requests`, `api_server`) are names, not what the sentence
      // says: the term lists read the prose around them.
      String prose = text.indexOf('`') < 0 ? text : CODE.matcher(text).replaceAll(" ");
      terms = matcher == null ? Map.of() : matcher.apply(prose);
    }
    return terms;
  }

  /** The numbers with units, in order ({@link Measure}). */
  public List<Measure> measures() {
    if (measures == null) {
      measures = Measures.in(text);
    }
    return measures;
  }

  /**
   * The CLI flags, environment variables, endpoints and other backticked names ({@link Mention}).
   */
  public List<Mention> mentions() {
    if (mentions == null) {
      mentions = Mentions.in(text);
    }
    return mentions;
  }

  /** The first mention of {@code kind} ({@code cli-flag}, {@code env-var}, ...), or {@code ""}. */
  public String mention(String kind) {
    for (Mention m : mentions()) {
      if (m.kind().equals(kind)) {
        return m.name();
      }
    }
    return "";
  }

  /** The version numbers in this sentence ({@code 0.8.5}, not the 2.5 of Qwen2.5), in order. */
  public List<String> versions() {
    if (versions == null) {
      versions = VersionNames.in(text);
    }
    return versions;
  }

  /**
   * The sentence cut to at most 160 characters at a word boundary, with {@code …} if cut; a code
   * block's whitespace runs become single spaces.
   */
  public String quote() {
    String t = text.replace('\'', '’');
    if (field == Field.CODE) {
      t = t.replaceAll("\\s+", " "); // evidence is one line; a code block's lines are not
    }
    if (t.length() <= QUOTE_LIMIT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', QUOTE_LIMIT);
    return t.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT) + "…";
  }

  /** Evidence naming the field and quoting the sentence: {@code body: 'decode is 1.3x faster'}. */
  public String evidence() {
    return field.describe(quote());
  }

  @Override
  public String toString() {
    return "Sentence[" + item.key() + " " + field + " " + index + ": " + text + "]";
  }
}
