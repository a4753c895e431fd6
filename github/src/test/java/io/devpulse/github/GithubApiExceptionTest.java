package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.UserErrorException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GithubApiExceptionTest {
  @Test
  void isAUserErrorThatKeepsTheStatus() {
    GithubApiException e = new GithubApiException(401, "http://h/x: HTTP 401");

    assertThat(e).isInstanceOf(UserErrorException.class).hasMessage("http://h/x: HTTP 401");
    assertThat(e.status()).isEqualTo(401);
  }

  @Test
  void rateLimitWaitKeepsTheRefusedWait() {
    RateLimitWaitException e = new RateLimitWaitException(403, "m", Duration.ofMinutes(5));

    assertThat(e).isInstanceOf(GithubApiException.class);
    assertThat(e.refusedWait()).isEqualTo(Duration.ofMinutes(5));
  }
}
