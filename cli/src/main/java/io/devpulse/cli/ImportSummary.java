package io.devpulse.cli;

/** What one {@code devpulse import} did, counted per outcome. */
record ImportSummary(
    int files, long added, long replaced, long keptNewer, long comments, long reviews, long skipped) {

  long items() {
    return added + replaced + keptNewer;
  }
}
