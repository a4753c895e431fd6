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
    Set<String> out = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (r instanceof RuleImpl impl && readsHistory(impl.getLhs())) {
          out.add(r.getName());
        }
      }
    }
    return out;
  }

  private static boolean readsHistory(RuleConditionElement element) {
    if (element instanceof Pattern p
        && p.getObjectType() instanceof ClassObjectType type
        && (AuthorHistory.class.isAssignableFrom(type.getClassType())
            || LabelHistory.class.isAssignableFrom(type.getClassType()))) {
      return true;
    }
    if (element instanceof Pattern p
        && p.getSource() instanceof RuleConditionElement source
        && readsHistory(source)) {
      return true;
    }
    for (RuleConditionElement nested : element.getNestedElements()) {
      if (nested != element && readsHistory(nested)) {
        return true;
      }
    }
    return false;
  }
}
