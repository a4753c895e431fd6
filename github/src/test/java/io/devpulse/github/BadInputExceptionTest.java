package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.UserErrorException;
import org.junit.jupiter.api.Test;

class BadInputExceptionTest {

  @Test
  void recordProblemsNameWhereAndWhichRecord() {
    // when
    BadInputException e =
        BadInputException.inRecord(
            new SourcePosition("issues.json", 12, 5, 345),
            4,
            "field 'number': expected a positive integer, got \"abc\"");
    // then
    assertThat(e)
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "issues.json:12:5 (byte 345): record 4: field 'number': expected a positive integer,"
                + " got \"abc\"");
  }

  @Test
  void fileProblemsNameWhere() {
    BadInputException e =
        BadInputException.at(
            new SourcePosition("issues.json", 200, 1, 7003),
            "truncated JSON: unexpected end of input inside an array",
            null);
    assertThat(e)
        .hasMessage(
            "issues.json:200:1 (byte 7003): truncated JSON: unexpected end of input inside an array");
  }

  @Test
  void keepsTheMessageOnOneLine() {
    assertThat(new BadInputException("a\r\nb\nc\rd")).hasMessage("a b c d");
  }
}
