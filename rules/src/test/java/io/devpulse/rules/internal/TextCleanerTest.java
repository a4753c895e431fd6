package io.devpulse.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.rules.Fixtures;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void body_dropsTheCollectEnvBlockOfVllmBugReports() {
    String body = TextCleaner.body(Fixtures.hourItem(30387).body());

    assertThat(body).doesNotContainIgnoringCase("rocm").doesNotContain("HIP", "MIOpen", "collect_env")
        .doesNotContain("Before submitting")
        .contains("crashes with CUDA error: an illegal memory access was encountered", "NCCL communication errors");
  }

  @Test
  void body_dropsEnvironmentLinesEvenOutsideDetailsAndFences() {
    String body = TextCleaner.body("Hi\nROCM used to build PyTorch: N/A\nHIP runtime version: N/A\nbye");
    assertThat(body).isEqualTo("Hi bye");
  }

  @Test
  void body_dropsHtmlCommentsCodeFencesAndMarkup() {
    String body = TextCleaner.body("""
        <!-- template: mention ROCm here -->
        ## Purpose
        **Faster** [decode](https://x.y/z) path, see https://example.com/rocm
        ```log
        rocm_aiter crashed
        ```
        - [x] done
        """);
    assertThat(body).isEqualTo("Purpose Faster decode path, see done");
  }

  @Test
  void title_dropsTagsBackticksAndLeadingColon() {
    assertThat(TextCleaner.title("[Bug]: illegal memory access `fp8`  [ROCm]")).isEqualTo("illegal memory access fp8");
    assertThat(TextCleaner.tags("[CI/Build][ROCm] x [1/N]")).containsExactly("CI/Build", "ROCm", "1/N");
  }
}
