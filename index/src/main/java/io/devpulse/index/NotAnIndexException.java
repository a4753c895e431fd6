package io.devpulse.index;

import io.devpulse.model.UserErrorException;
import java.nio.file.Path;

/**
 * The directory named as the index holds files that are not devpulse's, so no writer opens it:
 * Lucene would delete those of them named like its own files ({@code _config.yml}), and fail on
 * others ({@code segments_backup.txt}). Nothing in the directory was changed. See {@link
 * IndexDirectory}.
 */
public final class NotAnIndexException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  private NotAnIndexException(String message) {
    super(message);
  }

  /** {@code dir} holds other files and no devpulse index. */
  static NotAnIndexException foreign(Path dir, String files) {
    return new NotAnIndexException(
        dir
            + " is not a devpulse index: it holds other files ("
            + files
            + "); the index needs a directory of its own, new or empty, since devpulse may delete files in it");
  }

  /** devpulse's index in {@code dir} holds a file named like a commit point that is not one. */
  static NotAnIndexException misnamed(Path dir, String files) {
    return new NotAnIndexException(
        "index "
            + dir
            + " holds "
            + files
            + ", which devpulse did not write and"
            + " Lucene would take for a commit point; move it out of the index directory");
  }

  /**
   * devpulse's index in {@code dir} holds files someone else put there, which Lucene would delete.
   */
  static NotAnIndexException strays(Path dir, String files) {
    return new NotAnIndexException(
        "index "
            + dir
            + " holds "
            + files
            + ", which devpulse did not create and"
            + " a write would delete; move them out of the index directory (nothing was changed)");
  }

  /**
   * The error for what {@link IndexDirectory#inspect} found: {@code FOREIGN}, {@code MISNAMED} or
   * {@code STRAY}.
   */
  static NotAnIndexException of(Path dir, IndexDirectory.Contents contents) {
    return switch (contents.kind()) {
      case MISNAMED -> misnamed(dir, contents.foreignFilesText());
      case STRAY -> strays(dir, contents.foreignFilesText());
      default -> foreign(dir, contents.foreignFilesText());
    };
  }
}
