package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "repo:vllm-project/vllm | repo:vllm-project\\/vllm",
        "created:2025-12-10T08:00:00Z | created:2025-12-10T08\\:00\\:00Z",
        "title:/rocm.*/ | title:/rocm.*/",
        "/fp[48]/ AND kind:pr | /fp[48]/ AND kind:pr",
        "title:\"a/b: c\" | title:\"a/b: c\"",
        "created:[2025-12-01T00:00:00Z TO *] | created:[2025-12-01T00:00:00Z TO *]",
        "(repo:a/b OR repo:c/d) | (repo:a\\/b OR repo:c\\/d)",
        "title:a\\/b | title:a\\/b",
      })
  void escapesSlashesAndColonsInsideTermsOnly(String typed, String parsed) {
    assertThat(QueryText.of(typed).text()).isEqualTo(parsed);
  }

  @Test
  void mapsColumnsBackToWhatWasTyped() {
    QueryText text = QueryText.of("repo:a/b AND (");

    assertThat(text.text()).isEqualTo("repo:a\\/b AND (");
    assertThat(text.originalColumn(1)).isEqualTo(1);
    assertThat(text.originalColumn(16)).isEqualTo(15);
  }
}
