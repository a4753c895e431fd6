package io.devpulse.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionNamesTest {
  @Test
  void findsDottedNumbersStandingOnTheirOwn() {
    assertThat(VersionNames.in("Gemma 4 AWQ is broken in 0.19.1, but working in v0.18"))
        .containsExactly("0.19.1", "0.18");
    assertThat(VersionNames.in("[v0.8.5] regression in 0.9.2.post1 and 0.10.0rc1 (cuda 12.1)"))
        .containsExactly("0.8.5", "0.9.2.post1", "0.10.0rc1", "12.1");
    assertThat(VersionNames.in("vllm从0.7.0开始版本部署")).containsExactly("0.7.0");
    assertThat(VersionNames.in("0.8.4/0.85 V1 engine, again 0.8.4"))
        .containsExactly("0.8.4", "0.85");
  }

  @Test
  void ignoresNumbersInsideNamesSizesAndPlainNumbers() {
    assertThat(
            VersionNames.in(
                "Qwen2.5-VL and Llama-3.2-11B, Qwen3.5 0.5B model_v1.2 on 8 GPUs, PR #20694"))
        .isEmpty();
  }
}
