package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TerminalSafeOutputTest {
  private static String through(String text, boolean byteByByte) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream safe =
        TerminalSafeOutput.wrap(new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
      if (byteByByte) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
          safe.write(b);
        }
      } else {
        safe.print(text);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void controlsC1AndBidiOverridesBecomeQuestionMarks() {
    String hostile = "a\u001b]0;pwned\u0007b\u001b[2Jc\u009b31md\u202Ee\u2066f\u0000g\u007fh";
    assertThat(through(hostile, false)).isEqualTo("a?]0;pwned?b?[2Jc?31md?e?f?g?h");
    assertThat(through(hostile, true)).isEqualTo("a?]0;pwned?b?[2Jc?31md?e?f?g?h");
  }

  @Test
  void lineBreaksTabsCrlfAndOrdinaryTextStay() {
    String text = "标题 title\tcell\r\nnext — “quoted” \u00e9\u2014\u2019 ✓\n";
    assertThat(through(text, false)).isEqualTo(text);
    assertThat(through("over\rwrite", false)).isEqualTo("over?write");
    assertThat(through("ends with\r", false)).isEqualTo("ends with?");
  }

  @Test
  void agreesWithTerminalTextOnRandomText() {
    Random random = new Random(24);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        int pick = random.nextInt(6);
        s.appendCodePoint(
            switch (pick) {
              case 0 -> random.nextInt(0x20);
              case 1 -> 0x7f + random.nextInt(0x21);
              case 2 -> 0x2020 + random.nextInt(0x60);
              case 3 -> 0x4e00 + random.nextInt(100);
              case 4 -> 0x1F600 + random.nextInt(50);
              default -> 0x20 + random.nextInt(0x5f);
            });
      }
      String text = s.toString().replace("\r", "");
      String expected = TerminalText.safeLines(text).replace("?", "?");
      // Tab stays on the terminal path (tables of tab-separated output); TerminalText flattens it.
      assertThat(through(text, i % 2 == 0)).isEqualTo(keepTabs(text, expected));
    }
  }

  private static String keepTabs(String original, String safe) {
    StringBuilder out = new StringBuilder(safe);
    for (int i = 0; i < original.length(); i++) {
      if (original.charAt(i) == '\t') {
        out.setCharAt(i, '\t');
      }
    }
    return out.toString();
  }
}
