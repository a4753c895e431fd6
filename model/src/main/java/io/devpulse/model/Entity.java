package io.devpulse.model;

import java.time.Instant;

/** What an import or sync stores: an item, a comment, a review or a release. */
public sealed interface Entity permits Item, Comment, Review, Release {
  Repository repository();

  /** A key unique within all repositories and entity types, stable across imports. */
  String key();

  /** When GitHub last changed it; a copy with an older time never replaces a newer one. */
  Instant updatedAt();
}
