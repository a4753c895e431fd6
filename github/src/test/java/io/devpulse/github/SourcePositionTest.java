package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void describesFileLineColumnAndByte() {
    assertThat(new SourcePosition("issues.json", 12, 5, 345).describe())
        .isEqualTo("issues.json:12:5 (byte 345)");
  }

  @Test
  void leavesOutAnUnknownColumn() {
    assertThat(new SourcePosition("issues.json", 12, 0, 345).describe())
        .isEqualTo("issues.json:12 (byte 345)");
  }

  @Test
  void rejectsImpossiblePositions() {
    assertThatThrownBy(() -> new SourcePosition("f", 0, 1, 0))
        .hasMessage("line (0) must be positive");
    assertThatThrownBy(() -> new SourcePosition("f", 1, -1, 0))
        .hasMessage("column (-1) must not be negative");
    assertThatThrownBy(() -> new SourcePosition("f", 1, 1, -2))
        .hasMessage("byteOffset (-2) must not be negative");
    assertThatThrownBy(() -> new SourcePosition(null, 1, 1, 0)).hasMessage("file");
  }
}
