package io.devpulse.rules;

import io.devpulse.model.PackMessages;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pack's phrasing ({@code messages_<language>.properties}) and what it lacks: every rule of the
 * compiled rule base, every topic list, every priority level and every finding kind the DRL inserts
 * needs a message in each report language, or a report falls back to the rule's own (English) name.
 *
 * <p>Finding kinds are read from the DRL text: the first string literal of each {@code new
 * FindingHit(…)} call that looks like a kind ({@code speedup-claim}), e.g. {@code new
 * FindingHit($i, "compat-risk", …)}; a kind built at run time is not seen.
 */
public final class PackPhrasing {
  /** The languages reports are written in: each needs every message. */
  public static final List<String> LANGUAGES = List.of("en", "zh");

  private static final Pattern FINDING_CALL = Pattern.compile("new\\s+FindingHit\\s*\\(([^;]*)");
  private static final Pattern KIND = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"");

  /** One message a pack uses but does not have. */
  public record Missing(String file, String key, String what) {
    @Override
    public String toString() {
      return file + ": " + key + " (" + what + ")";
    }
  }

  private PackPhrasing() {}

  /** The messages of {@code pack}. */
  public static PackMessages messages(RulePack pack) {
    return PackMessages.parse(pack.files());
  }

  /** The finding kinds the pack's DRL inserts, sorted. */
  public static Set<String> findingKinds(RulePack pack) {
    Set<String> kinds = new TreeSet<>();
    for (String drl : pack.drlFiles().values()) {
      Matcher call = FINDING_CALL.matcher(drl);
      while (call.find()) {
        Matcher kind = KIND.matcher(call.group(1));
        if (kind.find()) {
          kinds.add(kind.group(1));
        }
      }
    }
    return kinds;
  }

  /**
   * Every message {@code rules} uses without having it, per language in {@link #LANGUAGES} order,
   * then rules, topics, priorities and findings.
   */
  public static List<Missing> missing(CompiledRules rules) {
    return missing(rules, rules.pack());
  }

  /**
   * Every message the rules of {@code pack} (compiled: {@code rules}) use without having it in
   * {@code pack}'s messages: a compilation cached for equal rule files may carry another copy's
   * messages, which are no part of the fingerprint.
   */
  public static List<Missing> missing(CompiledRules rules, RulePack pack) {
    PackMessages messages = messages(pack);
    List<Missing> out = new ArrayList<>();
    for (String language : LANGUAGES) {
      String file = PackMessages.fileName(language);
      for (String rule : rules.ruleNames()) {
        add(out, messages, language, file, PackMessages.ruleKey(rule), "rule \"" + rule + "\"");
      }
      for (String topic : rules.topics()) {
        add(out, messages, language, file, "topic." + topic, "topic " + topic);
      }
      for (Priority p : Priority.values()) {
        add(out, messages, language, file, "priority." + p.key(), "priority " + p.key());
      }
      for (String kind : findingKinds(pack)) {
        add(out, messages, language, file, "finding." + kind, "finding " + kind);
      }
    }
    return out;
  }

  private static void add(
      List<Missing> out,
      PackMessages messages,
      String language,
      String file,
      String key,
      String what) {
    if (!messages.has(language, key)) {
      out.add(new Missing(file, key, what));
    }
  }
}
