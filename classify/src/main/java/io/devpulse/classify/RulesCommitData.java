package io.devpulse.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.TermEdit;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a commit records about the rules that classified the index: their fingerprint, the
 * fingerprint of their DRL files and their term files themselves (a few KB), so that the next pack
 * can be compared with them — a term-list-only edit then runs the rules only on the items it
 * touches ({@link TermEdit}).
 */
public final class RulesCommitData {
  /** Made on first use: commands that only read the fingerprint (every report) never need one. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private RulesCommitData() {}

  /** The commit data for an index whose every item {@code rules} classified. */
  public static Map<String, String> of(CompiledRules rules) {
    Map<String, String> terms = new TreeMap<>();
    rules
        .pack()
        .files()
        .forEach(
            (name, text) -> {
              if (name.endsWith(".txt")) {
                terms.put(name, text);
              }
            });
    try {
      return Map.of(
          CommitKeys.RULES_FINGERPRINT,
          rules.fingerprint(),
          CommitKeys.RULES_DRL,
          rules.pack().drlFingerprint(),
          CommitKeys.RULES_TERMS,
          Json.MAPPER.writeValueAsString(terms));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of the rules the commit data names, if any. */
  public static Optional<String> fingerprint(Map<String, String> commitData) {
    return Optional.ofNullable(commitData.get(CommitKeys.RULES_FINGERPRINT));
  }

  /**
   * The edit from the rules the commit data records to {@code after}, when it is a term-list-only
   * one.
   */
  public static Optional<TermEdit> termEdit(Map<String, String> commitData, RulePack after) {
    String terms = commitData.get(CommitKeys.RULES_TERMS);
    if (terms == null) {
      return Optional.empty();
    }
    try {
      Map<String, String> before =
          Json.MAPPER.readValue(terms, new TypeReference<Map<String, String>>() {});
      return TermEdit.between(commitData.get(CommitKeys.RULES_DRL), before, after);
    } catch (JsonProcessingException e) {
      return Optional.empty(); // unreadable: classify as if nothing were known
    }
  }
}
