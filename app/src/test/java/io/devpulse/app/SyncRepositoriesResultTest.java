package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncRepositoriesResultTest {
  @Test
  void itemsAreNewUpdatedAndUnchanged() {
    assertThat(new SyncRepositories.Result(1, 3, 2, 1, 0, 0, 4, 0, Duration.ZERO).items())
        .isEqualTo(6);
  }
}
