package io.devpulse.report.site;

import java.util.Objects;

/** A name (a login) and how many items it has. */
public record NamedCount(String name, long count) {
  public NamedCount {
    Objects.requireNonNull(name, "name");
  }
}
