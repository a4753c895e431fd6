package io.devpulse.classify;

import io.devpulse.model.Item;
import io.devpulse.rules.History;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history facts the rules get for one item: its author's earlier items and, per label with
 * earlier items, the label's (labels sorted, so equal histories are equal records). An item's
 * classification is a function of the rule pack, the item and these facts — so when they are equal
 * to those an item was classified with, its classification stands without running the rules.
 */
public record HistoryFacts(AuthorHistory author, List<LabelHistory> labels) {
  public HistoryFacts {
    labels = List.copyOf(labels);
  }

  /** A {@link History} that answers these facts for whichever item asks. */
  public History asHistory() {
    return new History() {
      @Override
      public Optional<AuthorHistory> author(String login, Instant before) {
        return Optional.of(author);
      }

      @Override
      public Optional<AuthorHistory> author(Item item) {
        return Optional.of(author);
      }

      @Override
      public List<LabelHistory> labels(Item item) {
        return labels;
      }
    };
  }
}
