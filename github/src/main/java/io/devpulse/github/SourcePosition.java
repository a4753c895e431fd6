package io.devpulse.github;

import java.util.Objects;

/**
 * Where something starts in an input file. Lines and columns count from 1 and bytes from 0, all in
 * the decompressed stream (a gzip file's positions are those of its content).
 *
 * @param column 1-based column (in bytes), or 0 when unknown
 */
public record SourcePosition(String file, long line, long column, long byteOffset) {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line (" + line + ") must be positive");
    }
    if (column < 0) {
      throw new IllegalArgumentException("column (" + column + ") must not be negative");
    }
    if (byteOffset < 0) {
      throw new IllegalArgumentException("byteOffset (" + byteOffset + ") must not be negative");
    }
  }

  /**
   * {@code file:line:column (byte N)}, or {@code file:line (byte N)} when the column is unknown.
   */
  public String describe() {
    return file + ":" + line + (column > 0 ? ":" + column : "") + " (byte " + byteOffset + ")";
  }
}
