package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * Output fact: a rule put {@code item} under {@code topic}. Insert one from a consequence; an item
 * may have several topics, and several hits for one topic (all become evidence):
 *
 * <pre>{@code
 * insert(new TopicHit($i, "amd-rocm", drools.getRule().getName(), $h.evidence()));
 * }</pre>
 *
 * @param rule the rule's name ({@code drools.getRule().getName()}), shown as the evidence's source
 * @param evidence what was seen, naming the field and the term: {@code title tag [ROCm]}
 */
public record TopicHit(ItemFact item, String topic, String rule, String evidence) {
  public TopicHit {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("topic (" + topic + ") must not be blank");
    }
  }
}
