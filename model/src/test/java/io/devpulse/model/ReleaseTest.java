package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReleaseTest {
  private static final Repository REPO = Repository.parse("octo/hello");
  private static final Instant T = Instant.parse("2025-12-11T06:00:00Z");

  private static Release release(String tag, boolean draft, Instant published) {
    return new Release(REPO, 3, tag, null, null, Actor.user("m"), draft, false, T, published, null);
  }

  @ParameterizedTest
  @CsvSource({"v0.11.1, 0.11.1", "0.11.1, 0.11.1", "V2, 2", "nightly, nightly", "vllm-1, vllm-1"})
  void theVersionIsTheTagWithoutALeadingV(String tag, String version) {
    assertThat(release(tag, false, T).version()).isEqualTo(version);
  }

  @Test
  void aDraftIsNeverPublished() {
    assertThat(release("v1", true, null).publishedBefore(T.plusSeconds(1))).isFalse();
    assertThat(release("v1", false, T).publishedBefore(T)).isFalse();
    assertThat(release("v1", false, T).publishedBefore(T.plusSeconds(1))).isTrue();
  }

  @Test
  void aTagMustBeOneLine() {
    assertThatThrownBy(() -> release("v1\nv2", false, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag (v1\nv2) must be one line of text, not blank");
  }
}
