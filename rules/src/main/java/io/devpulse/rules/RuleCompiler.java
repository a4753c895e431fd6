package io.devpulse.rules;

import io.devpulse.rules.internal.TermFileParser;
import io.devpulse.rules.internal.TermList;
import io.devpulse.rules.internal.TermMatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a {@link RulePack}: its term files into one matcher and its DRL files into a Drools rule
 * base, all or nothing. Every problem of every file is reported at once as {@code file:line:column:
 * message}. Compile once per process and keep the {@link CompiledRules}: Drools needs about a
 * second to start.
 *
 * <p>Uses Drools' {@code KnowledgeBuilder} (kie-internal) rather than the public {@code
 * KieFileSystem} because only its parser errors carry real columns.
 */
public final class RuleCompiler {
  /** Drools' follow-up message after a syntax error: it says nothing the first error did not. */
  private static final Set<String> NOISE = Set.of("Parser returned a null Package");

  private static final Pattern QUOTED =
      Pattern.compile("'([^']+)'|\"([^\"]+)\"|Expression ([^:\\[]+?)\\s*:");

  private RuleCompiler() {}

  /**
   * Compiles {@code pack}.
   *
   * @throws RuleCompileException listing every problem when any file has one; nothing is loaded
   *     then
   */
  public static CompiledRules compile(RulePack pack) {
    return compile(pack, null);
  }

  /**
   * Compiles {@code pack}, reusing the Drools rule base of {@code sameDrlOrNull} when that was
   * compiled from the same DRL files ({@link RulePack#drlFingerprint()}): a term-list edit then
   * costs only the term files, not a new Drools build.
   *
   * @throws RuleCompileException listing every problem when any file has one; nothing is loaded
   *     then
   */
  public static CompiledRules compile(RulePack pack, CompiledRules sameDrlOrNull) {
    KieBase reuse =
        sameDrlOrNull != null && sameDrlOrNull.pack().drlFingerprint().equals(pack.drlFingerprint())
            ? sameDrlOrNull.kieBase()
            : null;
    List<RuleProblem> problems = new ArrayList<>();
    List<TermList> lists = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (var e : pack.files().entrySet()) {
      String name = e.getKey();
      if (!name.endsWith(".txt")) {
        continue;
      }
      boolean topic = name.startsWith("terms/topics/");
      TermList list = TermFileParser.parse(name, e.getValue(), topic, problems);
      String other = seen.putIfAbsent(list.name(), name);
      if (other != null) {
        problems.add(
            new RuleProblem(
                name, 0, 0, "term list '" + list.name() + "' is also defined by " + other));
        continue;
      }
      lists.add(list);
    }
    focusProblem(pack, lists).ifPresent(problems::add);
    reviewWaitProblem(pack).ifPresent(problems::add);
    Map<String, String> drl = pack.drlFiles();
    if (drl.isEmpty()) {
      problems.add(
          new RuleProblem("(" + pack.origin() + ")", 0, 0, "the rule pack has no .drl file"));
    }
    KnowledgeBuilder builder = reuse != null ? null : KnowledgeBuilderFactory.newKnowledgeBuilder();
    if (builder != null) {
      drl.forEach(
          (name, text) ->
              builder.add(
                  ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                      .setSourcePath(name),
                  ResourceType.DRL));
    }
    if (builder != null && builder.hasErrors()) {
      Set<RuleProblem> drlProblems = new LinkedHashSet<>();
      for (KnowledgeBuilderError error : builder.getErrors()) {
        RuleProblem p = toProblem(error, drl);
        if (p != null) {
          drlProblems.add(p);
        }
      }
      problems.addAll(drlProblems);
    }
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparing(RuleProblem::file)
              .thenComparingInt(RuleProblem::line)
              .thenComparingInt(RuleProblem::column));
      throw new RuleCompileException(pack.origin(), problems);
    }
    KieBase kieBase = reuse != null ? reuse : builder.newKieBase();
    if (reuse == null && !PackSafety.trusted(drl)) {
      // A pack is code with the user's rights: untrusted, it may not reach beyond its facts.
      List<RuleProblem> unsafe = PackSafety.check(drl, kieBase);
      if (!unsafe.isEmpty()) {
        throw new RuleCompileException(pack.origin(), unsafe);
      }
    }
    List<String> ruleNames = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        ruleNames.add(r.getName());
      }
    }
    ruleNames.sort(null);
    List<String> topics =
        lists.stream().filter(TermList::topic).map(TermList::name).sorted().toList();
    Set<String> historyRules =
        reuse != null ? sameDrlOrNull.historyRules() : HistoryRules.in(kieBase);
    Set<String> priorityReaders =
        reuse != null
            ? sameDrlOrNull.priorityReaders()
            : HistoryRules.reading(kieBase, io.devpulse.rules.facts.PriorityHit.class);
    return new CompiledRules(
        pack, kieBase, new TermMatcher(lists), topics, ruleNames, historyRules, priorityReaders);
  }

  /** A focus topic the pack has no topic list for: its report section would silently stay empty. */
  private static Optional<RuleProblem> focusProblem(RulePack pack, List<TermList> lists) {
    return PackTerms.of(pack)
        .focusTopic()
        .filter(focus -> lists.stream().noneMatch(l -> l.topic() && l.name().equals(focus)))
        .map(
            focus ->
                new RuleProblem(
                    PackTerms.PROPERTIES,
                    lineOf(pack.files().get(PackTerms.PROPERTIES), PackTerms.FOCUS_TOPIC),
                    1,
                    PackTerms.FOCUS_TOPIC
                        + " '"
                        + focus
                        + "' is not a topic of the pack (no terms/topics/"
                        + focus
                        + ".txt)"));
  }

  /**
   * A review wait ({@code attention.review-wait}) that is not a length of at most 3650 days: every
   * report would otherwise fall back to another wait without a word.
   */
  private static Optional<RuleProblem> reviewWaitProblem(RulePack pack) {
    PackTerms terms = PackTerms.of(pack);
    return terms
        .property(PackTerms.REVIEW_WAIT)
        .filter(value -> PackTerms.length(value).isEmpty())
        .map(
            value ->
                new RuleProblem(
                    PackTerms.PROPERTIES,
                    lineOf(pack.files().get(PackTerms.PROPERTIES), PackTerms.REVIEW_WAIT),
                    1,
                    PackTerms.REVIEW_WAIT
                        + " '"
                        + value
                        + "' must be a length like 90m, 48h or 3d, at most 3650 days"));
  }

  /** The 1-based line of {@code text} that starts with {@code key}, else 0. */
  private static int lineOf(String text, String key) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(key)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static RuleProblem toProblem(KnowledgeBuilderError error, Map<String, String> drl) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage().strip();
    if (NOISE.contains(message)) {
      return null;
    }
    String file =
        error.getResource() == null || error.getResource().getSourcePath() == null
            ? "(rules)"
            : error.getResource().getSourcePath();
    int[] lines = error.getLines();
    int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
    int column;
    if (error instanceof ParserError pe) {
      column = pe.getCol() >= 0 ? pe.getCol() + 1 : 0;
      message = message.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
    } else {
      column = guessColumn(drl.get(file), line, message);
    }
    message = message.replaceAll("\\s*\\R\\s*", " ");
    return new RuleProblem(file, line, column, message);
  }

  /**
   * Drools gives no column for errors found after parsing (unknown types, methods, Java errors);
   * point at the first thing the message quotes that occurs on the line, else at the line's first
   * non-blank.
   */
  private static int guessColumn(String text, int line, String message) {
    if (text == null || line <= 0) {
      return 0;
    }
    String[] lines = text.split("\\R", -1);
    if (line > lines.length) {
      return 0;
    }
    String l = lines[line - 1];
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int at = l.indexOf(q.strip());
      if (!q.isBlank() && at >= 0) {
        return at + 1;
      }
    }
    int first = 0;
    while (first < l.length() && Character.isWhitespace(l.charAt(first))) {
      first++;
    }
    return first < l.length() ? first + 1 : 0;
  }
}
