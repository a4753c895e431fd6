package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  @Test
  void whereTwoSpellingsWereJudgedDifferentlyTheBotVerdictWins() {
    BotPolicy policy = new BotPolicy(Map.of("mergify", false, "Mergify[bot]", true));

    assertThat(policy.isBot(MERGIFY)).isTrue();
    assertThat(policy.isBot(Actor.user("mergify"))).isTrue();
  }

  @Test
  void theQuestionAboutHumansIsAskedOnlyForActorsGithubFlagsAndOncePerKey() {
    List<String> asked = new ArrayList<>();
    Set<String> humans = Set.of("mergify");
    BotPolicy policy =
        BotPolicy.of(
            List.of("CI-RUNNER"),
            key -> {
              asked.add(key);
              return humans.contains(key);
            });

    assertThat(policy.isBot(CIBOT)).isTrue();
    assertThat(policy.isBot(ALICE)).isFalse();
    assertThat(policy.isBot(MERGIFY)).isFalse();
    assertThat(policy.isBot(new Actor("MERGIFY[bot]", ActorType.BOT))).isFalse();
    assertThat(policy.isBot(new Actor("dependabot[bot]", ActorType.BOT))).isTrue();
    assertThat(asked).containsExactly("mergify", "dependabot");
  }
}
