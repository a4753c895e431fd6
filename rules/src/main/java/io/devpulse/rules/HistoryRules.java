package io.devpulse.rules;

import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Finds the rules that read history: those whose conditions match an {@link AuthorHistory} or a
 * {@link LabelHistory}. A topic only such rules give an item is {@linkplain
 * io.devpulse.model.Classification#inferred() inferred}, and history does not count it.
 */
final class HistoryRules {
  private HistoryRules() {}

  /** The names of the rules of {@code kieBase} that read history, sorted. */
  static Set<String> in(KieBase kieBase) {
    return reading(kieBase, AuthorHistory.class, LabelHistory.class);
  }

  /**
   * The names of the rules of {@code kieBase} whose conditions match (or require the absence of) a
   * fact of one of {@code types}, sorted.
   */
  static Set<String> reading(KieBase kieBase, Class<?>... types) {
    Set<String> out = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r instanceof RuleImpl impl && reads(impl.getLhs(), types)) {
          out.add(r.getName());
        }
      }
    }
    return out;
  }

  private static boolean reads(RuleConditionElement element, Class<?>[] types) {
    if (element instanceof Pattern p && p.getObjectType() instanceof ClassObjectType type) {
      for (Class<?> t : types) {
        if (t.isAssignableFrom(type.getClassType())) {
          return true;
        }
      }
    }
    if (element instanceof Pattern p
        && p.getSource() instanceof RuleConditionElement source
        && reads(source, types)) {
      return true;
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      if (nested != element && reads(nested, types)) {
        return true;
      }
    }
    return false;
  }
}
