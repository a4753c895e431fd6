package io.devpulse.app.eval;

/**
 * What every evaluation against a truth prints: its scores as Markdown tables and its misses, so a
 * front end shows any truth's result the same way.
 */
public interface Scored {
  /** The scores as Markdown. */
  String toMarkdown();

  /** At most {@code limit} misses per kind of miss, as Markdown; empty when there are none. */
  String errorsToMarkdown(int limit);
}
