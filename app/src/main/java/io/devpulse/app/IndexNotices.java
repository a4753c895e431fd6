package io.devpulse.app;

/**
 * What a use case that reads the index tells on the side (the CLI prints it on stderr): the rule files
 * changed, so stale classifications were refreshed first — or could not be, the index being busy.
 */
public interface IndexNotices {
  IndexNotices NONE = new IndexNotices() {};

  /**
   * The rules ran again on {@code items} items with the pack from {@code packOrigin}; {@code changed} of
   * them got another classification.
   */
  default void reclassified(long items, long changed, String packOrigin) {}

  /** {@code items} items carry an older classification; another process holds the index. */
  default void staleButBusy(long items) {}
}
