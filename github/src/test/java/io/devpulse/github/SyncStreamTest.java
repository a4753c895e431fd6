package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncStreamTest {
  @Test
  void keysAreLowerCaseNames() {
    assertThat(SyncStream.ISSUES.key()).isEqualTo("issues");
    assertThat(SyncStream.COMMENTS.key()).isEqualTo("comments");
  }
}
