package io.devpulse.app;

import io.devpulse.github.ReadOptions;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to import: GitHub JSON {@code files} into the index in {@code indexDir}, read with
 * {@code readOptions}, classified by {@code pack}.
 */
public record ImportRequest(Path indexDir, List<Path> files, ReadOptions readOptions, RulePack pack) {
  public ImportRequest {
    Objects.requireNonNull(indexDir, "indexDir");
    files = List.copyOf(files);
    Objects.requireNonNull(readOptions, "readOptions");
    Objects.requireNonNull(pack, "pack");
  }
}
