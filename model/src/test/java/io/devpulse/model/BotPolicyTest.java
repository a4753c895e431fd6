package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BotPolicyTest {
  private static final Actor MERGIFY = new Actor("Mergify[bot]", ActorType.BOT);
  private static final Actor ALICE = Actor.user("Alice");
  private static final Actor CIBOT = Actor.user("ci-runner");

  @Test
  void aVerdictOverridesGithubsFlagWhateverTheCaseOrSuffix() {
    BotPolicy policy = new BotPolicy(Map.of("mergify", false, "CI-RUNNER", true));

    assertThat(policy.isBot(MERGIFY)).isFalse();
    assertThat(policy.isBot(CIBOT)).isTrue();
    assertThat(policy.isBot(ALICE)).isFalse();
    assertThat(policy.isBot(new Actor("dependabot[bot]", ActorType.BOT))).isTrue();
  }
}
