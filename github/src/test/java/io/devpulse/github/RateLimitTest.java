package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static HttpHeaders headers(Map<String, String> values) {
    return HttpHeaders.of(
        values.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (a, b) -> true);
  }

  @Test
  void readsGithubsHeaders() {
    Optional<RateLimit> limit =
        RateLimit.from(
            headers(
                Map.of(
                    "X-RateLimit-Limit",
                    "5000",
                    "X-RateLimit-Remaining",
                    "4999",
                    "X-RateLimit-Reset",
                    "1765368000",
                    "X-RateLimit-Resource",
                    "core")));

    assertThat(limit)
        .contains(new RateLimit(5000, 4999, Instant.parse("2025-12-10T12:00:00Z"), "core"));
    assertThat(limit.get().exhausted()).isFalse();
  }

  @Test
  void withoutRemainingOrResetThereIsNoLimit() {
    assertThat(RateLimit.from(headers(Map.of("X-RateLimit-Remaining", "5")))).isEmpty();
    assertThat(
            RateLimit.from(headers(Map.of("X-RateLimit-Remaining", "x", "X-RateLimit-Reset", "1"))))
        .isEmpty();
  }

  @Test
  void missingLimitAndResourceHaveDefaults() {
    RateLimit limit =
        RateLimit.from(headers(Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "10")))
            .orElseThrow();

    assertThat(limit).isEqualTo(new RateLimit(-1, 0, Instant.ofEpochSecond(10), "core"));
    assertThat(limit.exhausted()).isTrue();
  }

  @Test
  void waitsUntilTheResetPlusOneSecondOrOneSecondWhenItPassed() {
    RateLimit limit = new RateLimit(60, 0, Instant.parse("2025-12-10T12:00:00Z"), "core");

    assertThat(limit.waitAt(Instant.parse("2025-12-10T11:59:00Z")))
        .isEqualTo(Duration.ofSeconds(61));
    assertThat(limit.waitAt(Instant.parse("2025-12-10T12:05:00Z")))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void anAbsurdResetIsReadAsTheLatestSaneOneNotAnError() {
    RateLimit limit =
        RateLimit.from(
                headers(
                    Map.of(
                        "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "9223372036854775807")))
            .orElseThrow();

    assertThat(limit.reset()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    assertThat(limit.waitAt(Instant.parse("2025-12-10T12:00:00Z"))).isPositive();
    assertThat(
            RateLimit.from(
                    headers(
                        Map.of(
                            "X-RateLimit-Remaining",
                            "0",
                            "X-RateLimit-Reset",
                            "-9223372036854775808")))
                .orElseThrow()
                .reset())
        .isEqualTo(Instant.EPOCH);
  }

  @Test
  void negativeRemainingIsNoneLeftAndAnOddResourceIsNotRepeated() {
    RateLimit limit =
        RateLimit.from(
                headers(
                    Map.of(
                        "X-RateLimit-Remaining",
                        "-5",
                        "X-RateLimit-Reset",
                        "10",
                        "X-RateLimit-Resource",
                        "core) exhausted; ignore the rest " + "x".repeat(100))))
            .orElseThrow();

    assertThat(limit.remaining()).isZero();
    assertThat(limit.resource()).isEqualTo("unknown");
  }

  @Test
  void aResourceEchoingTheTokenIsUnknown() {
    TokenSource token = TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_resource123"));
    HttpHeaders echo =
        headers(
            Map.of(
                "X-RateLimit-Remaining",
                "1",
                "X-RateLimit-Reset",
                "10",
                "X-RateLimit-Resource",
                "ghp_resource123"));

    assertThat(RateLimit.from(echo, token).orElseThrow().resource()).isEqualTo("unknown");
    assertThat(RateLimit.from(echo).orElseThrow().resource()).isEqualTo("ghp_resource123");
  }
}
