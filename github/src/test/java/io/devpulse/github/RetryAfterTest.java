package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static Optional<Duration> retryAfter(String value) {
    return RetryAfter.from(HttpHeaders.of(Map.of("Retry-After", List.of(value)), (a, b) -> true));
  }

  @ParameterizedTest
  @CsvSource({
    "7, 7",
    "' 60 ', 60",
    "0, 1",
    "-5, 1",
    "86400, 86400",
    "86401, 86400",
    "9223372036854775807, 86400",
    "-9223372036854775808, 1"
  })
  void secondsAreClampedBetweenASecondAndADay(String value, long seconds) {
    assertThat(retryAfter(value)).contains(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "soon", "1.5", "99999999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT"})
  void anythingButSecondsIsNoRetryAfter(String value) {
    assertThat(retryAfter(value)).isEmpty();
  }
}
