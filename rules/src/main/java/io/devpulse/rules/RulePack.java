package io.devpulse.rules;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Ints;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The files of a rule pack as loaded: relative name ({@code topics.drl}, {@code
 * terms/topics/docs.txt}, {@code bots.txt}; always {@code /}-separated) → text, sorted by name, and
 * where they came from. Get one from {@link RulePacks#locate}; compile it with {@link
 * RuleCompiler#compile}.
 *
 * @param origin {@code built-in} or the directory's absolute path
 * @param files name → text, sorted by name (unmodifiable)
 */
public record RulePack(String origin, Map<String, String> files) {
  /**
   * Version of the fact model rule files are written against (ItemFact, TermHit, ... and how text
   * is cleaned and matched). Part of the {@link #fingerprint()}: bump it whenever a change to those
   * classes can change a classification, so stored classifications are recomputed.
   */
  // 3: history counts own topics, not inferred ones; 4: bodies read as Markdown by
  // model.Description; 5: primary topics and findings (Sentence, Measure, Mention; PrimaryTopic,
  // FindingHit), so classifications stored without them are recomputed
  public static final int FACTS_MODEL_VERSION = 5;

  /** The origin of the pack shipped in the jar. */
  public static final String BUILT_IN = "built-in";

  public RulePack {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(files, "files");
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public boolean isBuiltIn() {
    return BUILT_IN.equals(origin);
  }

  /**
   * SHA-256 (lower-case hex) over {@link #FACTS_MODEL_VERSION} and every rule and term file's name
   * and content, in name order. Equal fingerprints mean equal classifications for equal input; the
   * origin does not count, so {@code rules init} output has the built-in pack's fingerprint until
   * it is edited, and neither do {@code pack.properties} ({@link PackTerms#focusTopic}) and the
   * {@code messages_*.properties} files, which no rule reads: a new focus topic or wording
   * reclassifies nothing.
   */
  public String fingerprint() {
    Hasher sha = Hashing.sha256().newHasher();
    update(sha, "devpulse-facts-model:" + FACTS_MODEL_VERSION);
    for (var e : files.entrySet()) {
      if (e.getKey().equals(PackTerms.PROPERTIES)
          || io.devpulse.model.PackMessages.languageOf(e.getKey()) != null) {
        continue;
      }
      update(sha, e.getKey());
      update(sha, e.getValue());
    }
    return sha.hash().toString();
  }

  /**
   * SHA-256 over {@link #FACTS_MODEL_VERSION} and the {@code .drl} files only: packs with equal DRL
   * fingerprints compile to the same Drools rule base, whatever their term lists say, so an edit of
   * a term list can reuse the rule base compiled before ({@link RuleCompiler#compile(RulePack,
   * CompiledRules)}).
   */
  public String drlFingerprint() {
    Hasher sha = Hashing.sha256().newHasher();
    update(sha, "devpulse-facts-model:" + FACTS_MODEL_VERSION);
    for (var e : drlFiles().entrySet()) {
      update(sha, e.getKey());
      update(sha, e.getValue());
    }
    return sha.hash().toString();
  }

  /**
   * SHA-256 over {@link #FACTS_MODEL_VERSION} and the term files ({@code .txt}) only: what an
   * item's term hits depend on besides the item, so hits stored under an equal fingerprint can be
   * reused.
   */
  public String termsFingerprint() {
    return termsFingerprint(filter(".txt"));
  }

  /** {@link #termsFingerprint()} of a pack whose term files are {@code termFiles} (name → text). */
  public static String termsFingerprint(Map<String, String> termFiles) {
    Hasher sha = Hashing.sha256().newHasher();
    update(sha, "devpulse-facts-model:" + FACTS_MODEL_VERSION);
    for (var e : new TreeMap<>(termFiles).entrySet()) {
      update(sha, e.getKey());
      update(sha, e.getValue());
    }
    return sha.hash().toString();
  }

  private static void update(Hasher sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    // length-prefixed, so that moving text from one file's end to the next file's name changes the
    // hash
    sha.putBytes(Ints.toByteArray(bytes.length)).putBytes(bytes);
  }

  /** Rule files: names ending in {@code .drl}. */
  public Map<String, String> drlFiles() {
    return filter(".drl");
  }

  private Map<String, String> filter(String suffix) {
    TreeMap<String, String> out = new TreeMap<>();
    files.forEach(
        (k, v) -> {
          if (k.endsWith(suffix)) {
            out.put(k, v);
          }
        });
    return out;
  }

  @Override
  public String toString() {
    return "RulePack[" + origin + ", " + files.size() + " files]";
  }
}
