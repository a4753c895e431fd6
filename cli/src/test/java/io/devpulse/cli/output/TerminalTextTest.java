package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void escapeBellNulAndBidiOverridesBecomeQuestionMarks() {
    assertThat(TerminalText.safe("a\u001B[2Jb\u0007c\u0000d\u202Ee\u009Bf"))
        .isEqualTo("a?[2Jb?c?d?e?f");
  }

  @Test
  void safeLinesKeepsLineBreaksOnly() {
    assertThat(TerminalText.safeLines("one\ntwo\r\u001B")).isEqualTo("one\ntwo??");
    assertThat(TerminalText.safe("one\ntwo")).isEqualTo("one?two");
  }

  @Test
  void ordinaryTextIsUnchanged() {
    assertThat(TerminalText.safe("[ROCm] 修复 fp8 — ok")).isEqualTo("[ROCm] 修复 fp8 — ok");
  }
}
