package io.devpulse.rules.facts;

import io.devpulse.model.Priority;
import java.util.Objects;

/**
 * Output fact: a rule says {@code item} deserves {@code level}. The item's priority is the highest
 * level of all its hits (critical &gt; high &gt; normal &gt; low), {@link Priority#NORMAL} when
 * there is none.
 *
 * <pre>{@code
 * insert(new PriorityHit($i, Priority.HIGH, drools.getRule().getName(), $h.evidence()));
 * }</pre>
 */
public record PriorityHit(ItemFact item, Priority level, String rule, String reason) {
  public PriorityHit {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
