package io.devpulse.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules concluded about one item: its topics (several, or none), its priority and the
 * evidence for each, and the fingerprint of the rule set that decided — so a later run can tell
 * which items were classified by older rules.
 *
 * <p>{@code inferred} are the topics that only rules reading history gave (the author's or a
 * label's earlier items), not the item's own content: history counts the other topics only ({@link
 * #ownTopics()}), so an inference never becomes history for the next item and cannot feed on
 * itself.
 *
 * <p>{@code primary} is the one topic the item is mainly about, among its topics, or {@code ""}
 * when the rules named none ({@link #primaryTopic()}); its evidence has kind {@link
 * Evidence.Kind#PRIMARY}. {@code findings} are what the rules found the item to claim or risk
 * ({@link Finding}), sorted by kind.
 */
public record Classification(
    List<String> topics,
    Priority priority,
    List<Evidence> evidence,
    String fingerprint,
    List<String> inferred,
    String primary,
    List<Finding> findings) {

  /** A classification whose topics all come from the item's own content. */
  public Classification(
      List<String> topics, Priority priority, List<Evidence> evidence, String fingerprint) {
    this(topics, priority, evidence, fingerprint, List.of());
  }

  /** A classification without a primary topic and without findings. */
  public Classification(
      List<String> topics,
      Priority priority,
      List<Evidence> evidence,
      String fingerprint,
      List<String> inferred) {
    this(topics, priority, evidence, fingerprint, inferred, "", List.of());
  }

  public Classification {
    topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
    inferred = List.copyOf(Objects.requireNonNull(inferred, "inferred"));
    if (!topics.containsAll(inferred)) {
      throw new IllegalArgumentException(
          "inferred topics (" + inferred + ") must be among the topics (" + topics + ")");
    }
    primary = primary == null ? "" : primary;
    if (!primary.isEmpty() && !topics.contains(primary)) {
      throw new IllegalArgumentException(
          "primary topic (" + primary + ") must be among the topics (" + topics + ")");
    }
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    Objects.requireNonNull(priority, "priority");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("fingerprint must not be blank");
    }
    for (String topic : topics) {
      if (topic.isBlank()) {
        throw new IllegalArgumentException(
            "topics (" + topics + ") must not contain a blank topic");
      }
    }
  }

  /**
   * The topics the item's own content gave it: {@link #topics()} without the {@link #inferred()}
   * ones.
   */
  public List<String> ownTopics() {
    return ownTopics(topics, inferred);
  }

  /**
   * {@code topics} without the {@code inferred} ones: what an item's history counts, wherever it is
   * read.
   */
  public static List<String> ownTopics(List<String> topics, List<String> inferred) {
    if (inferred.isEmpty()) {
      return topics;
    }
    return topics.stream().filter(t -> !inferred.contains(t)).toList();
  }

  public boolean hasTopic(String topic) {
    return topics.contains(topic);
  }

  /** The evidence for one topic, in the order the rules gave it. */
  public List<Evidence> evidenceFor(String topic) {
    return evidence.stream()
        .filter(e -> e.kind() == Evidence.Kind.TOPIC && e.label().equals(topic))
        .toList();
  }

  /** The reasons behind the priority, most urgent first as the rules gave them. */
  public List<Evidence> priorityReasons() {
    return evidence.stream().filter(e -> e.kind() == Evidence.Kind.PRIORITY).toList();
  }

  /** The topic the item is mainly about, if the rules named one. */
  public Optional<String> primaryTopic() {
    return primary.isEmpty() ? Optional.empty() : Optional.of(primary);
  }

  /** Why the primary topic is what it is (empty when there is none). */
  public List<Evidence> primaryEvidence() {
    return evidence.stream().filter(e -> e.kind() == Evidence.Kind.PRIMARY).toList();
  }

  /** The findings of one kind, e.g. {@code compat-risk}. */
  public List<Finding> findings(String kind) {
    return findings.stream().filter(f -> f.kind().equals(kind)).toList();
  }

  /** Whether the rules found a finding of {@code kind}. */
  public boolean hasFinding(String kind) {
    return findings.stream().anyMatch(f -> f.kind().equals(kind));
  }
}
