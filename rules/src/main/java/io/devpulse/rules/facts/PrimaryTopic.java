package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * Output fact: a rule names {@code topic} a candidate for the item's primary topic, its main
 * subject. The item gets the candidate of the lowest {@code rank} among its topics (ties: the
 * topic's name, then the rule's), so a pack orders its primary rules by the ranks it gives: in the
 * built-in {@code primary.drl} a title tag or title term outranks a label, a label outranks a
 * changed path, and those outrank the description's words. A candidate that is not among the item's
 * topics is ignored.
 *
 * <pre>{@code
 * insert(new PrimaryTopic($i, $t.topic(), 100, drools.getRule().getName(), $h.evidence()));
 * }</pre>
 *
 * @param rank lower wins
 */
public record PrimaryTopic(ItemFact item, String topic, int rank, String rule, String evidence) {
  public PrimaryTopic {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic (" + topic + ") must not be blank");
    }
  }
}
