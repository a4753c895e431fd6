package io.devpulse.cli;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Review;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads GitHub JSON files into the index as one unit of work: every record of every file is put, then
 * one commit; any failure rolls the whole import back, so the index is exactly as before.
 */
final class Importer {
  private final Clock clock;

  Importer(Clock clock) {
    this.clock = clock;
  }

  ImportSummary importFiles(Path indexDir, List<Path> files, ReadOptions options) throws IOException {
    long added = 0, replaced = 0, keptNewer = 0, comments = 0, reviews = 0, skipped = 0;
    try (IndexUpdate update = IndexUpdate.open(indexDir)) {
      for (Path file : files) {
        try (GithubFileReader reader = GithubFileReader.open(file, options)) {
          for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            ParsedRecord record = next.get();
            PutResult result = update.put(record.entity(), record.json());
            switch (record.entity()) {
              case Item item -> {
                switch (result) {
                  case ADDED -> added++;
                  case REPLACED -> replaced++;
                  case KEPT_NEWER -> keptNewer++;
                }
              }
              case Comment comment -> comments++;
              case Review review -> reviews++;
            }
          }
          skipped += reader.skipped();
        }
      }
      update.commit(Map.of(
          "lastImport", clock.instant().toString(),
          "lastImportFiles", String.valueOf(files.size())));
    }
    return new ImportSummary(files.size(), added, replaced, keptNewer, comments, reviews, skipped);
  }
}
