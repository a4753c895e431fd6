package io.devpulse.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words for a one-line message: the JDK's file exceptions often
 * carry only the path ({@code cannot write index afile: afile}), so the reason comes from their
 * type.
 */
public final class IoReason {
  private IoReason() {}

  /**
   * {@code permission denied: /x}, {@code not a directory: afile}, {@code No space left on device:
   * /x}.
   */
  public static String of(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException n) {
        return "missing file " + n.getFile();
      }
    }
    String file =
        e instanceof FileSystemException f && f.getFile() != null ? ": " + f.getFile() : "";
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + file;
    }
    return switch (e) {
      case AccessDeniedException a -> "permission denied" + file;
      case NotDirectoryException n -> "not a directory" + file;
      case FileAlreadyExistsException x -> "exists and is in the way" + file;
      case DirectoryNotEmptyException d -> "directory not empty" + file;
      case FileSystemException f -> f.getClass().getSimpleName() + file;
      default -> {
        String m = e.getMessage();
        yield (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s*[\\r\\n]+\\s*", " ");
      }
    };
  }
}
