package io.devpulse.app;

/**
 * What a use case that reads the index tells on the side (the CLI prints it on stderr): the index
 * was classified by other rules than the command's, so the command classified a private copy for
 * itself (the index is not written) — or, with no room for a copy, read the stored classification;
 * or that the index was written by an earlier devpulse, which a report reads more slowly.
 */
public interface IndexNotices {
  IndexNotices NONE = new IndexNotices() {};

  /**
   * For this command only, the rules ran on {@code items} items with the pack from {@code
   * packOrigin}; {@code changed} of them got another classification than the stored one. Nothing
   * was stored.
   */
  default void reclassified(long items, long changed, String packOrigin) {}

  /** {@code items} items carry another rule pack's classification, and are read as stored. */
  default void staleAsStored(long items) {}

  /**
   * The index was written by an earlier devpulse: its authors' associations are read from stored
   * fields (a report's needs-attention lists are the same, slower on a large index) until a new
   * import writes them as doc values.
   */
  default void associationsStoredOnly() {}
}
