package io.devpulse.report;

import io.devpulse.model.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One key technical change.
 *
 * @param what the gist of the body (vLLM's {@code ## Purpose}, a bug's description, else the first
 *     paragraph), one line of plain text, empty when the body says nothing usable
 * @param reasons the priority reasons, then the topic evidence
 * @param findings what the rules found it claims or risks: its impact
 */
public record KeyChange(
    ItemRef item, String what, List<Evidence> reasons, List<ReportFinding> findings) {
  public KeyChange {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(what, "what");
    reasons = List.copyOf(reasons);
    findings = List.copyOf(findings);
  }

  /** A change without findings. */
  public KeyChange(ItemRef item, String what, List<Evidence> reasons) {
    this(item, what, reasons, List.of());
  }
}
