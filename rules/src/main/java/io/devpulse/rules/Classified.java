package io.devpulse.rules;

import io.devpulse.model.Classification;
import java.util.Objects;

/**
 * A classification with the item's term hits encoded for storing beside it ({@link
 * Classifier#classify(io.devpulse.model.Item, History, byte[])}): given back to a later
 * classification under the same term lists, they spare cleaning and matching the item's text again.
 *
 * @param classification what the rules concluded
 * @param termHits the encoded term hits; null when they could not be encoded
 * @param matched whether the text was matched now (the stored hits were missing or made under other
 *     term lists), so {@code termHits} are new and worth storing
 */
public record Classified(Classification classification, byte[] termHits, boolean matched) {
  public Classified {
    Objects.requireNonNull(classification, "classification");
  }
}
