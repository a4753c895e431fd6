package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncOptionsTest {
  @Test
  void defaultsResumeFromTheCheckpointsWithoutReviewsOrFiles() {
    assertThat(SyncOptions.defaults()).isEqualTo(new SyncOptions(null, false, false));
  }
}
