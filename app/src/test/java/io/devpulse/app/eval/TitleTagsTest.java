package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleTagsTest {
  @Test
  void truthTopicsFromTagWordsAndStrippedTitle() {
    String title = "[CI/ROCm][Perf] [Quantization/NVFP4] Speed up `foo` [Doc]";

    assertThat(TitleTags.truthTopics(title))
        .containsExactly("amd-rocm", "docs", "low-precision", "performance");
    assertThat(TitleTags.strip(title)).isEqualTo("Speed up foo");
    assertThat(TitleTags.truthTopics("[Bugfix] Fix ROCm build")).isEmpty();
  }
}
