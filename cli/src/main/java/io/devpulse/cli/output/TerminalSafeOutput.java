package io.devpulse.cli.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The one path from devpulse to a terminal: every byte written to stdout and stderr (error lines,
 * progress, tables, CSV, JSON, picocli's messages, texts of exceptions thrown by rules) passes
 * through it, and the characters {@link TerminalText} calls unsafe become {@code ?} on the way,
 * whoever forgot to clean them: C0 controls but line feed and tab (a carriage return only before a
 * line feed), DEL, C1 controls (U+0080–U+009F, UTF-8 {@code C2 80}–{@code C2 9F}) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Works on UTF-8
 * bytes, so it needs streams that encode in UTF-8 (as {@code Main} makes them); a sequence split
 * across two writes is held until its end arrives.
 */
public final class TerminalSafeOutput extends FilterOutputStream {
  private static final int CR = 0x0D;
  private final byte[] pending = new byte[2];
  private int pendingLength;

  private TerminalSafeOutput(OutputStream out) {
    super(out);
  }

  /**
   * {@code stream} with unsafe characters turned into {@code ?}; autoflush as the original's
   * charset.
   */
  public static PrintStream wrap(PrintStream stream) {
    return new PrintStream(new TerminalSafeOutput(stream), true, stream.charset());
  }

  @Override
  public void write(int b) throws IOException {
    accept(b & 0xFF);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      accept(b[i] & 0xFF);
    }
  }

  private void accept(int b) throws IOException {
    if (pendingLength == 0) {
      start(b);
      return;
    }
    int first = pending[0] & 0xFF;
    if (first == CR) {
      pendingLength = 0;
      if (b == '\n') {
        out.write(CR);
        out.write(b);
      } else {
        out.write('?');
        start(b);
      }
    } else if (first == 0xC2) {
      pendingLength = 0;
      if (b >= 0x80 && b <= 0x9F) {
        out.write('?');
      } else {
        out.write(first);
        start(b);
      }
    } else if (pendingLength == 1) {
      // E2: bidi controls are E2 80 AA..AE and E2 81 A6..A9.
      if (b == 0x80 || b == 0x81) {
        pending[pendingLength++] = (byte) b;
      } else {
        pendingLength = 0;
        out.write(first);
        start(b);
      }
    } else {
      int second = pending[1] & 0xFF;
      pendingLength = 0;
      if ((second == 0x80 && b >= 0xAA && b <= 0xAE)
          || (second == 0x81 && b >= 0xA6 && b <= 0xA9)) {
        out.write('?');
      } else {
        out.write(first);
        out.write(second);
        start(b);
      }
    }
  }

  private void start(int b) throws IOException {
    if (b == CR || b == 0xC2 || b == 0xE2) {
      pending[0] = (byte) b;
      pendingLength = 1;
    } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      out.write('?');
    } else {
      out.write(b);
    }
  }

  @Override
  public void close() throws IOException {
    flushPending();
    super.close();
  }

  /**
   * At the end, what was held is written: a lone carriage return as {@code ?}, a cut sequence as
   * is.
   */
  private void flushPending() throws IOException {
    for (int i = 0; i < pendingLength; i++) {
      out.write(i == 0 && (pending[0] & 0xFF) == CR ? '?' : pending[i]);
    }
    pendingLength = 0;
  }
}
