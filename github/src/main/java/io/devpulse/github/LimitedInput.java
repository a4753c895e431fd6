package io.devpulse.github;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Content that may not exceed a number of bytes: an HTTP response is capped as it arrives ({@link
 * LimitedBody}), but gzip data inside it can expand a thousandfold, so a page's content is capped
 * again after decompression. Reading past the limit fails with a one-line {@link
 * BadInputException}.
 */
final class LimitedInput extends FilterInputStream {
  private final String displayName;
  private final long maxBytes;
  private long count;

  LimitedInput(InputStream in, String displayName, long maxBytes) {
    super(in);
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes (" + maxBytes + ") must not be negative");
    }
    this.displayName = displayName;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count > maxBytes) {
      throw new BadInputException(
          displayName
              + ": content larger than "
              + LimitedBody.size(maxBytes)
              + " (after decompression); not reading the rest");
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
