package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * A window item in which the focus topic's term list found terms although the rules did not give it
 * the topic (one body term is too little, for instance): its stored term hits, read as the
 * classification left them, so code blocks and environment dumps, which the rules do not read,
 * never count.
 *
 * @param keywords the terms found, as they appear in the item, once each in the order found
 */
public record AmdMention(ItemRef item, List<String> keywords) {
  public AmdMention {
    Objects.requireNonNull(item, "item");
    keywords = List.copyOf(keywords);
  }
}
