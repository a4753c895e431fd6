package io.devpulse.index;

import io.devpulse.model.Classification;
import java.util.List;

/**
 * What history needs of one indexed item, read from doc values without loading the item: enough to
 * order items by creation, count an author's and a label's earlier items and their topics, and tell
 * which rule set classified it. {@link HistoryIndex#loader()} loads the item itself by {@link
 * #doc()}.
 *
 * @param doc the document's number in the reader that returned it (valid only for that reader)
 * @param key the item's key ({@code owner/name#number}, lower case)
 * @param repository the repository's key (lower case)
 * @param created creation time, epoch milliseconds
 * @param author the author's login as written
 * @param labels the labels as written, sorted, without duplicates
 * @param topics the stored topics, sorted (empty when unclassified)
 * @param fingerprint the fingerprint of the rules that classified it, or null when none did
 * @param inferred the topics only history rules gave, sorted (a subset of {@code topics})
 */
public record ItemSummary(
    int doc,
    String key,
    String repository,
    int number,
    long created,
    String author,
    List<String> labels,
    List<String> topics,
    String fingerprint,
    List<String> inferred) {

  /** The topics the item's own content gave: what history counts. */
  public List<String> ownTopics() {
    return Classification.ownTopics(topics, inferred);
  }
}
