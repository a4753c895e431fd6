package io.devpulse.app.internal;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.github.RecordType;
import io.devpulse.model.Item;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order an import reads its files in: those whose first record is not an item (comments,
 * reviews, releases) first, then those that begin with items, each group as given. An item that
 * arrives after its comments is classified once, with them; one whose comments come later is
 * classified again when the import settles ({@code classify.BatchClassification}). What is stored
 * does not depend on the order, only how often the rules run.
 */
public final class DiscussionFirst {
  private DiscussionFirst() {}

  /**
   * {@code files} in reading order; each is opened to read its first record (a bad or empty file
   * fails here as it would when read).
   */
  public static List<Path> order(List<Path> files, ReadOptions options) throws IOException {
    RecordType forced = options.forcedType();
    if (files.size() < 2 || forced != null) {
      return files; // every record of the same type
    }
    List<Path> discussion = new ArrayList<>();
    List<Path> items = new ArrayList<>();
    for (Path file : files) {
      (beginsWithItem(file, options) ? items : discussion).add(file);
    }
    discussion.addAll(items);
    return discussion;
  }

  private static boolean beginsWithItem(Path file, ReadOptions options) throws IOException {
    try (GithubFileReader reader = GithubFileReader.open(file, options)) {
      Optional<ParsedRecord> first = reader.next();
      return first.isPresent() && first.get().entity() instanceof Item;
    }
  }
}
