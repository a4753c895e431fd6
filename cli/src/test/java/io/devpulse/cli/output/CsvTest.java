package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesOnlyFieldsThatNeedIt() {
    assertThat(Csv.row(List.of("plain", "a,b", "say \"hi\"", "two\nlines")))
        .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
  }

  @Test
  void nullIsEmpty() {
    assertThat(Csv.row(Arrays.asList("a", null))).isEqualTo("a,");
  }

  @Test
  void formulasStayText() {
    assertThat(Csv.row(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "a=b")))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),'\tx,a=b");
  }
}
