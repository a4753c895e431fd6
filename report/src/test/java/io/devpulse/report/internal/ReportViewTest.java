package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportViewTest {
  @Test
  void zoneLabels() {
    assertThat(ReportView.zoneLabel(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(ReportView.zoneLabel(ZoneOffset.ofHours(8))).isEqualTo("UTC+8");
    assertThat(ReportView.zoneLabel(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
    assertThat(ReportView.zoneLabel(ZoneOffset.ofHours(-3))).isEqualTo("UTC-3");
  }

  @Test
  void yamlScalars() {
    assertThat(ReportView.yaml("vLLM 开发动态报告 - 2025-12-10")).isEqualTo("vLLM 开发动态报告 - 2025-12-10");
    assertThat(ReportView.yaml("a: \"b\"")).isEqualTo("\"a: \\\"b\\\"\"");
    assertThat(ReportView.yaml("{{ x }}")).isEqualTo("\"&#123;&#123; x &#125;&#125;\"");
  }
}
