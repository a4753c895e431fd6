package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.github.RateLimit;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.model.Repository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final SyncProgress progress =
      new SyncProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

  private String lines() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsPagesWithTheRateLimitLeftWaitsAndRetries() {
    Repository repo = Repository.parse("octo/hello");
    progress.streamStarted(repo, SyncStream.ISSUES, Instant.parse("2025-12-10T11:00:00Z"));
    progress.responded(
        "http://h/x",
        200,
        Optional.of(new RateLimit(5000, 4321, Instant.parse("2025-12-10T12:00:00Z"), "core")));
    progress.pageStored(
        repo,
        SyncStream.ISSUES,
        1,
        100,
        SyncCheckpoint.NONE.advancedTo(Instant.parse("2025-12-10T11:30:00Z")));
    progress.waiting(Duration.ofSeconds(61), "primary rate limit (core) exhausted");
    progress.retrying("http://h/x", 1, "HTTP 502", Duration.ofSeconds(1));
    progress.notModified(repo, SyncStream.COMMENTS);

    assertThat(lines().lines().toList())
        .containsExactly(
            "octo/hello issues: syncing since 2025-12-10T11:00:00Z",
            "octo/hello issues: page 1, 100 records stored, through 2025-12-10T11:30:00Z, rate limit 4321 left",
            "waiting 1m 1s: primary rate limit (core) exhausted",
            "http://h/x: HTTP 502; retry 1 in 1s",
            "octo/hello comments: not modified since the last sync");
  }
}
