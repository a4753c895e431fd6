package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportRequestTest {
  @Test
  void defaults() {
    ReportRequest r = ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW);

    assertThat(r.projectName()).isEqualTo("vllm");
    assertThat(r.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(r.language()).isEqualTo(ReportLanguage.ZH);
    assertThat(r.format()).isEqualTo(ReportFormat.MD);
    assertThat(r.templatesDir()).isNull();
    assertThat(r.trendWindows()).isEqualTo(4);
  }

  @Test
  void withersChangeOneThing() {
    ReportRequest r =
        ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
            .withProjectName(" vLLM ")
            .withTrendWindows(0)
            .withLanguage(ReportLanguage.EN);

    assertThat(r.projectName()).isEqualTo("vLLM");
    assertThat(r.trendWindows()).isZero();
    assertThat(r.language()).isEqualTo(ReportLanguage.EN);
    assertThat(r.window()).isEqualTo(TestIndexes.HOUR_WINDOW);
  }

  @Test
  void checksItsValues() {
    ReportRequest r = ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW);

    assertThatThrownBy(() -> r.withTrendWindows(-1))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("--trend-windows (-1) must be between 0 and 520");
    assertThatThrownBy(() -> r.withTrendWindows(1_000_000))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("--trend-windows (1000000) must be between 0 and 520");
    assertThatThrownBy(() -> r.withProjectName("a\nb"))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("--project must be one line of text without control characters");
  }
}
