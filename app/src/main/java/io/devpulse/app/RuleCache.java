package io.devpulse.app;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled rule packs by fingerprint, for the life of one {@link Devpulse}: compiling a pack starts
 * Drools (about a second the first time), so each distinct set of rule files is compiled once, and a pack
 * that differs from one compiled before only in its term lists reuses that one's Drools rule base.
 */
public final class RuleCache {
  private final Map<String, CompiledRules> compiled = new ConcurrentHashMap<>();
  /** By {@link RulePack#drlFingerprint()}: a pack whose DRL was compiled before reuses its rule base. */
  private final Map<String, CompiledRules> byDrl = new ConcurrentHashMap<>();

  RuleCache() {}

  /**
   * {@code pack} compiled, or this cache's earlier compilation of the same files.
   *
   * @throws io.devpulse.rules.RuleCompileException when the pack does not compile
   */
  public CompiledRules compile(RulePack pack) {
    return compiled.computeIfAbsent(pack.fingerprint(), fp -> {
      CompiledRules rules = RuleCompiler.compile(pack, byDrl.get(pack.drlFingerprint()));
      byDrl.putIfAbsent(pack.drlFingerprint(), rules);
      return rules;
    });
  }
}
