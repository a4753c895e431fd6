package io.devpulse.index;

/** What {@link IndexUpdate#put} did with an incoming copy. */
public enum PutResult {
  /** The index did not hold the entity before. */
  ADDED,
  /** The incoming copy was as new as or newer than the indexed one, and replaced it. */
  REPLACED,
  /** The incoming copy was older than the indexed one and was ignored. */
  KEPT_NEWER
}
