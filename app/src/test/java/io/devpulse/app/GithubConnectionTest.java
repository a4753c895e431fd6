package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubConnectionTest {
  private static final Map<String, String> TOKEN =
      Map.of("GITHUB_TOKEN", "ghp_GithubConnectionTest0");

  private static GithubConnection to(String url, Map<String, String> env) {
    return new GithubConnection(
        URI.create(url), null, env, Duration.ZERO, Duration.ofSeconds(1), "devpulse/test");
  }

  @Test
  void aTokenOverPlainHttpToAnotherHostIsInTheClear() {
    assertThat(to("http://github.example.com/api/v3", TOKEN).sendsTokenInTheClear()).isTrue();
    assertThat(to("http://10.0.0.5:8080", TOKEN).sendsTokenInTheClear()).isTrue();
  }

  @Test
  void httpsLoopbackOrNoTokenIsNot() {
    assertThat(to("https://api.github.com", TOKEN).sendsTokenInTheClear()).isFalse();
    assertThat(to("http://127.0.0.1:8080", TOKEN).sendsTokenInTheClear()).isFalse();
    assertThat(to("http://localhost:8080", TOKEN).sendsTokenInTheClear()).isFalse();
    assertThat(to("http://[::1]:8080", TOKEN).sendsTokenInTheClear()).isFalse();
    assertThat(to("http://github.example.com", Map.of()).sendsTokenInTheClear()).isFalse();
  }

  @Test
  void theUrlIsShownWithoutCredentials() {
    assertThat(to("http://u:p@github.example.com/api/v3", TOKEN).displayApiUrl())
        .isEqualTo("http://***@github.example.com/api/v3");
  }
}
