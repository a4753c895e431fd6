package io.devpulse.rules.facts;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
import io.devpulse.model.Description;
import io.devpulse.model.Item;
import io.devpulse.rules.facts.internal.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The item as rule authors see it: an issue or pull request with its text already normalised. The
 * engine makes one per item and inserts it with the item's {@link TermHit}s, {@link TermCount}s
 * and, when a history is available, its {@link AuthorHistory} and {@link LabelHistory} facts.
 *
 * <pre>{@code
 * $i : ItemFact( isPullRequest(), hasTag("bugfix"), !authorIsBot() )
 * }</pre>
 *
 * <p>Equality is identity: two facts are the same only when they are the same object, which keeps
 * joins such as {@code TermHit( item == $i )} cheap. Text matching belongs in term files, not in
 * constraints: {@code title()} and {@code body()} are here for rare special cases and for
 * consequences.
 */
public final class ItemFact {
  private final Item item;
  private final String title;
  private final List<String> rawTags;
  private final List<String> tags;
  private final List<Comment> humanComments;
  private final boolean authorIsBot;
  // Cleaned on first use: with stored term hits (and rules that do not read the text) never.
  private String body;
  private List<String> comments;
  private List<String> titleVersions;
  private List<Sentence> sentences;
  private List<Sentence> codeBlocks;
  // The description read once: sentences() and codeBlocks() both need it (a Markdown parse).
  private Description description;
  // What finds the term lists' terms in one sentence (the pack's matcher); null: none found.
  private final Function<String, Map<String, List<String>>> sentenceMatcher;

  /** At most this many sentences of a description are read: its start says what it is about. */
  static final int MAX_SENTENCES = 400;

  /** At most this many code blocks are read, each at most {@value #MAX_CODE_CHARS} characters. */
  static final int MAX_CODE_BLOCKS = 20;

  static final int MAX_CODE_CHARS = 4000;

  private ItemFact(
      Item item,
      List<Comment> humanComments,
      boolean authorIsBot,
      Function<String, Map<String, List<String>>> sentenceMatcher) {
    this.item = item;
    this.sentenceMatcher = sentenceMatcher;
    this.title = TextCleaner.title(item.title());
    this.rawTags = List.copyOf(TextCleaner.tags(item.title()));
    this.tags = rawTags.stream().map(TextCleaner::lower).toList();
    this.humanComments = humanComments;
    this.authorIsBot = authorIsBot;
  }

  /**
   * The fact for {@code item}; {@code humanComments} are the comments rules may look at (the engine
   * passes the non-bot ones), {@code authorIsBot} the bot rules' verdict on the author.
   */
  public static ItemFact of(Item item, List<Comment> humanComments, boolean authorIsBot) {
    return of(item, humanComments, authorIsBot, null);
  }

  /**
   * As {@link #of(Item, List, boolean)}; {@code sentenceMatcher} finds the pack's term lists in one
   * sentence (list name → terms found, in order), for {@link Sentence#has}.
   */
  public static ItemFact of(
      Item item,
      List<Comment> humanComments,
      boolean authorIsBot,
      Function<String, Map<String, List<String>>> sentenceMatcher) {
    return new ItemFact(
        Objects.requireNonNull(item, "item"),
        List.copyOf(humanComments),
        authorIsBot,
        sentenceMatcher);
  }

  /** The model item, for anything not exposed here (dates, state, comment count, ...). */
  public Item item() {
    return item;
  }

  /** {@code owner/name#number}, lower case. */
  public String key() {
    return item.key();
  }

  public int number() {
    return item.number();
  }

  public boolean isPullRequest() {
    return item.isPullRequest();
  }

  public boolean isIssue() {
    return item.isIssue();
  }

  /** Open, or merged / closed as GitHub last said. */
  public boolean isOpen() {
    return item.isOpen();
  }

  public boolean isMerged() {
    return item.isMerged();
  }

  public boolean isDraft() {
    return item.draft();
  }

  /**
   * The title without its {@code [...]} tags and backticks, whitespace collapsed (original case).
   */
  public String title() {
    return title;
  }

  /**
   * The version numbers the title names, tags included ({@code [v0.8.5] ... broken in 0.19.1} gives
   * 0.8.5, 0.19.1): dotted numbers standing on their own, not inside names such as Qwen2.5. Rules
   * pick the ones they mean: {@code $v : String( this matches "0\\..*" ) from $i.titleVersions()}
   * for vLLM releases.
   */
  public List<String> titleVersions() {
    if (titleVersions == null) {
      titleVersions = VersionNames.in(item.title());
    }
    return titleVersions;
  }

  /**
   * The title's {@code [...]} tags, lower case, in order: {@code [ROCm][Bugfix]} gives rocm,
   * bugfix.
   */
  public List<String> tags() {
    return tags;
  }

  /** The tags as written, for evidence. */
  public List<String> rawTags() {
    return rawTags;
  }

  /**
   * Whether the title has the tag {@code tag} (ignoring case; {@code "Bug"} matches {@code [bug]}).
   */
  public boolean hasTag(String tag) {
    return tags.contains(tag.toLowerCase(Locale.ROOT));
  }

  /** Whether the title has any {@code [...]} tag. */
  public boolean isTagged() {
    return !tags.isEmpty();
  }

  /**
   * The body without what misleads keyword rules: HTML comments, {@code <details>} blocks and
   * fenced code (logs, tracebacks, environment dumps), vLLM's {@code collect_env.py} output and
   * template sections, markdown markup and URLs. Whitespace collapsed.
   */
  public String body() {
    if (body == null) {
      body = TextCleaner.body(item.body());
    }
    return body;
  }

  /**
   * The title (tags removed, index 0) and the description's sentences (index 1, 2, ...): headings,
   * paragraphs, list items and quotes of the Markdown ({@link Description}), each split by ICU's
   * sentence rules; at most {@value #MAX_SENTENCES}. Split on first use: rules reach it with {@code
   * from $i.sentences()} after cheaper conditions.
   */
  public List<Sentence> sentences() {
    if (sentences == null) {
      List<Sentence> out = new ArrayList<>();
      out.add(
          new Sentence(
              this, Field.TITLE, 0, TextCleaner.titleWithCode(item.title()), sentenceMatcher));
      BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
      for (Description.Section section : description().sections()) {
        List<String> blocks = new ArrayList<>();
        if (section.heading() != null) {
          blocks.add(section.heading());
        }
        blocks.addAll(section.blocks());
        for (String block : blocks) {
          it.setText(block);
          int start = it.first();
          for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String text = block.substring(start, end).strip();
            if (text.isEmpty()) {
              continue;
            }
            if (out.size() > MAX_SENTENCES) {
              return sentences = List.copyOf(out);
            }
            out.add(new Sentence(this, Field.BODY, out.size(), text, sentenceMatcher));
          }
        }
      }
      sentences = List.copyOf(out);
    }
    return sentences;
  }

  /**
   * The description's code blocks ({@link Description#codeBlocks()}), each one {@link Sentence} of
   * field {@link Field#CODE} with its index after the prose sentences; at most {@value
   * #MAX_CODE_BLOCKS}, each cut to {@value #MAX_CODE_CHARS} characters. Apart from {@link
   * #sentences()}: code is logs and commands, which the prose rules must not read as prose; a rule
   * that wants benchmark output pasted as code asks for it ({@code from $i.codeBlocks()}).
   */
  public List<Sentence> codeBlocks() {
    if (codeBlocks == null) {
      List<Sentence> out = new ArrayList<>();
      int index = sentences().size();
      for (String code : description().codeBlocks()) {
        if (out.size() == MAX_CODE_BLOCKS) {
          break;
        }
        String text = code.length() > MAX_CODE_CHARS ? code.substring(0, MAX_CODE_CHARS) : code;
        out.add(new Sentence(this, Field.CODE, index++, text, sentenceMatcher));
      }
      codeBlocks = List.copyOf(out);
    }
    return codeBlocks;
  }

  private Description description() {
    if (description == null) {
      description = Description.of(item.body());
    }
    return description;
  }

  /** The raw markdown body, as GitHub has it. */
  public String rawBody() {
    return item.body();
  }

  /** GitHub labels, as on the item. */
  public List<String> labels() {
    return item.labels();
  }

  /** Whether a label with this name is present, ignoring case. */
  public boolean hasLabel(String label) {
    return item.hasLabel(label);
  }

  /** The author's login. */
  public String author() {
    return item.author().login();
  }

  /** The author's GitHub account type (USER, BOT, ORGANIZATION, UNKNOWN). */
  public ActorType authorType() {
    return item.author().type();
  }

  /**
   * The bot rules' verdict on the author (GitHub type Bot, a {@code [bot]} login or {@code
   * bots.txt}).
   */
  public boolean authorIsBot() {
    return authorIsBot;
  }

  /** GitHub's author_association: OWNER, MEMBER, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, NONE, ... */
  public String authorAssociation() {
    return item.authorAssociation();
  }

  /** Changed file paths of a pull request; empty when unknown (not synced) and for issues. */
  public List<String> paths() {
    return item.changedFiles();
  }

  /** The cleaned bodies of the human comments the caller passed (often none). */
  public List<String> comments() {
    if (comments == null) {
      comments = humanComments.stream().map(c -> TextCleaner.body(c.body())).toList();
    }
    return comments;
  }

  /**
   * A bug report: an issue labelled {@code bug} or tagged {@code [Bug]} (vLLM's bug template title
   * {@code [Bug]: ...}).
   */
  public boolean isBugReport() {
    return item.isIssue() && (hasLabel("bug") || hasTag("bug"));
  }

  @Override
  public String toString() {
    return "ItemFact[" + key() + " " + title + "]";
  }
}
