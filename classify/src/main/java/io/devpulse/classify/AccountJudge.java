package io.devpulse.classify;

import io.devpulse.index.AccountVerdict;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Actor;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.facts.BotVerdict;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the accounts a unit of work stores and has the rules judge each once, bot or human, so
 * the index holds a verdict for every author ({@link io.devpulse.model.BotPolicy}) under the rules
 * in use.
 */
public final class AccountJudge {
  private final CompiledRules rules;
  private final String fingerprint;
  private final Map<String, Actor> seen = new TreeMap<>();

  public AccountJudge(CompiledRules rules) {
    this.rules = rules;
    this.fingerprint = rules.fingerprint();
  }

  public void see(Actor actor) {
    seen.putIfAbsent(actor.login().toLowerCase(Locale.ROOT), actor);
  }

  public void seeAll(Collection<Actor> actors) {
    actors.forEach(this::see);
  }

  /** Puts a verdict per account seen since the last call, and forgets them. */
  public void storeIn(IndexUpdate update) {
    if (seen.isEmpty()) {
      return;
    }
    try (Classifier classifier = rules.newClassifier()) {
      for (Actor actor : seen.values()) {
        BotVerdict v = classifier.botVerdict(actor);
        update.put(new AccountVerdict(actor, v.bot(), v.bot() ? v.rule() : "", fingerprint));
      }
    }
    seen.clear();
  }
}
