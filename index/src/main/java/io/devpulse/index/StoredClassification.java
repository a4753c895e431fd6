package io.devpulse.index;

import java.util.List;
import java.util.Objects;

/**
 * What the rules concluded about an item, kept in the index beside it: {@code topic:} and {@code priority:}
 * are queryable, the evidence (why) and the fingerprint of the rule set that produced it are stored.
 *
 * @param topics zero or more topics, in the rules' order
 * @param priority the priority, or {@code ""} when the rules gave none ({@code null} becomes {@code ""})
 * @param evidence one line per reason, in order
 * @param fingerprint identifies the rule set, so a later run can find items classified by an older one
 */
public record StoredClassification(
    List<String> topics, String priority, List<String> evidence, String fingerprint) {

  public StoredClassification {
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
    priority = Objects.requireNonNullElse(priority, "");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("fingerprint must not be blank");
    }
    for (String topic : topics) {
      if (topic.isBlank()) {
        throw new IllegalArgumentException("topics (" + topics + ") must not contain a blank topic");
      }
    }
  }
}
