package io.devpulse.app;

/**
 * What a use case that reads the index tells on the side (the CLI prints it on stderr): the rule files
 * changed, so stale classifications were refreshed first — or could not be, the index being busy.
 */
public interface IndexNotices {
  IndexNotices NONE = new IndexNotices() {};

  /** {@code items} items were classified again with the pack from {@code packOrigin}. */
  default void reclassified(long items, String packOrigin) {}

  /** {@code items} items carry an older classification; another process holds the index. */
  default void staleButBusy(long items) {}
}
