package io.devpulse.report;

import io.devpulse.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * An item with the rule evidence that put it in a section (its topic evidence or priority reasons).
 */
public record ReasonedItem(ItemRef item, List<Evidence> reasons) {
  public ReasonedItem {
    Objects.requireNonNull(item, "item");
    reasons = List.copyOf(reasons);
  }
}
