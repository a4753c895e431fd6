package io.devpulse.app;

import io.devpulse.classify.Engine;
import io.devpulse.classify.Pack;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiled rule packs by fingerprint, for the life of one {@link Devpulse}: compiling a pack starts
 * Drools (about a second the first time), so each distinct set of rule files is compiled once, and
 * a pack that differs from one compiled before only in its term lists reuses that one's Drools rule
 * base. The {@value #KEPT} packs used last are kept. Use cases that classify with an index take the
 * pack, a {@link Pack}, as the engine's ({@link #engine}); the compiled rules themselves are for
 * those that run the rules alone (check, test).
 */
public final class RuleCache {
  /** How many packs are kept: a watched rule directory compiles one per save, for hours. */
  static final int KEPT = 8;

  private final Map<String, CompiledRules> compiled = lastUsed();

  /**
   * By {@link RulePack#drlFingerprint()}: a pack whose DRL was compiled before reuses its rule
   * base.
   */
  private final Map<String, CompiledRules> byDrl = lastUsed();

  private static Map<String, CompiledRules> lastUsed() {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, CompiledRules> eldest) {
            return size() > KEPT;
          }
        });
  }

  RuleCache() {}

  /**
   * {@code pack} compiled, or this cache's earlier compilation of the same files.
   *
   * @throws io.devpulse.rules.RuleCompileException when the pack does not compile
   */
  public CompiledRules compile(RulePack pack) {
    // pack.properties is no part of the fingerprint (no rule reads it) but is checked by the
    // compile.
    String key = pack.fingerprint() + "/" + pack.files().getOrDefault(PackTerms.PROPERTIES, "");
    return compiled.computeIfAbsent(
        key,
        k -> {
          CompiledRules rules = RuleCompiler.compile(pack, byDrl.get(pack.drlFingerprint()));
          byDrl.put(pack.drlFingerprint(), rules);
          return rules;
        });
  }

  /**
   * {@code pack} compiled as {@link #compile} does, as the classification engine runs it.
   *
   * @throws io.devpulse.rules.RuleCompileException when the pack does not compile
   */
  public Engine engine(Pack pack) {
    return new Engine(compile(pack.rules()));
  }
}
