package io.devpulse.github;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses gzip input, recognised by its magic bytes {@code 1f 8b} rather than by a file name,
 * and reports broken gzip data as a {@link BadInputException} that says how far the content got.
 */
final class GzipInput {
  static final int BUFFER_SIZE = 64 * 1024;

  private GzipInput() {}

  /**
   * The content of {@code in}: decompressed when it starts with the gzip magic bytes, else as it
   * is.
   */
  static InputStream decompressIfGzip(InputStream in, String displayName) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    if (first != 0x1f || second != 0x8b) {
      return buffered;
    }
    try {
      return new Checked(new GZIPInputStream(buffered, BUFFER_SIZE), displayName);
    } catch (EOFException | ZipException e) {
      throw Checked.problem(displayName, 0, e);
    }
  }

  /** Counts the bytes it hands out and turns gzip errors into one-line messages. */
  private static final class Checked extends FilterInputStream {
    private final String displayName;
    private long count;

    Checked(InputStream in, String displayName) {
      super(in);
      this.displayName = displayName;
    }

    @Override
    public int read() throws IOException {
      try {
        int b = super.read();
        count += b < 0 ? 0 : 1;
        return b;
      } catch (EOFException | ZipException e) {
        throw problem(displayName, count, e);
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        int n = super.read(buffer, offset, length);
        count += Math.max(n, 0);
        return n;
      } catch (EOFException | ZipException e) {
        throw problem(displayName, count, e);
      }
    }

    static BadInputException problem(String displayName, long count, IOException e) {
      String what =
          e instanceof EOFException
              ? "truncated gzip data"
              : "corrupt gzip data: " + e.getMessage();
      return new BadInputException(
          displayName + ": " + what + " (after " + count + " bytes of content)", e);
    }
  }
}
