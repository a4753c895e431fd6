package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void theEnvironmentsTokenIsRedactedFromWhatACommandWrites() {
    Secrets secrets = new Secrets();

    secrets.addFromEnvironment(Map.of("GITHUB_TOKEN", "ghp_SecretsTest0123456789"));

    assertThat(secrets.redact("a template said ghp_SecretsTest0123456789."))
        .isEqualTo("a template said [REDACTED].");
  }

  @Test
  void noTokenOrOneGithubCouldNotHaveIssuedLeavesTextAsItIs() {
    Secrets secrets = new Secrets();

    secrets.addFromEnvironment(Map.of());
    secrets.addFromEnvironment(Map.of("GITHUB_TOKEN", "two\nlines"));

    assertThat(secrets.redact("two\nlines and more")).isEqualTo("two\nlines and more");
  }
}
