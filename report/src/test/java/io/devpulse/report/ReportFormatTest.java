package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  @Test
  void parsesTheOptionValues() {
    assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.parse("Markdown")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.parse("JSON")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.parse("html")).isEqualTo(ReportFormat.HTML);
  }

  @Test
  void rejectsOthers() {
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("format (pdf) must be md, json or html");
  }
}
