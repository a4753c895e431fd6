package io.devpulse.app;

/** What one {@code devpulse import} did, counted per outcome. */
public record ImportSummary(
    int files, long added, long replaced, long keptNewer, long comments, long reviews, long skipped) {

  public long items() {
    return added + replaced + keptNewer;
  }
}
