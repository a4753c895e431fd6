package io.devpulse.index;

import io.devpulse.model.IoReason;
import io.devpulse.model.UserErrorException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * The index directory cannot be used: a damaged index file, a read-only or full disk, missing
 * permissions. One line naming the directory and the cause; nothing since the last commit was
 * stored, and the last commit is untouched. {@code devpulse stats} reports the index's health.
 */
public final class IndexStorageException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  private IndexStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Reading {@code dir} failed: damaged files get their own message. */
  public static IndexStorageException reading(Path dir, IOException e) {
    return isDamage(e)
        ? damaged(dir, e)
        : new IndexStorageException("cannot read index " + dir + ": " + reason(e), e);
  }

  /** Writing to {@code dir} failed (disk full, read-only, no permission, damaged). */
  public static IndexStorageException writing(Path dir, IOException e) {
    return isDamage(e)
        ? damaged(dir, e)
        : new IndexStorageException(
            "cannot write index "
                + dir
                + ": "
                + reason(e)
                + "; nothing since the last commit was stored",
            e);
  }

  static IndexStorageException damaged(Path dir, IOException e) {
    return new IndexStorageException(
        "index "
            + (dir == null ? "" : dir + " ")
            + "is damaged ("
            + reason(e)
            + "); 'devpulse stats' shows its health; restore a backup or rebuild it with import or sync",
        e);
  }

  /** A damaged file, or a file the commit point names that is gone. */
  static boolean isDamage(Throwable e) {
    return e instanceof CorruptIndexException
        || e instanceof NoSuchFileException
        || e instanceof FileNotFoundException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException;
  }

  private static String reason(IOException e) {
    return IoReason.of(e);
  }
}
