package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackTermsTest {
  @Test
  void builtInBotsAndAmdTerms() {
    PackTerms terms = PackTerms.of(RulePacks.builtIn());

    assertThat(terms.botLogins())
        .contains("mergify", "chatgpt-codex-connector", "gemini-code-assist");
    assertThat(terms.topicLoginSuffixes("amd-rocm")).containsExactly("-amd");
  }

  @Test
  void missingListsAreEmpty() {
    PackTerms terms = PackTerms.of(new RulePack("test", Map.of("x.drl", "package a;")));

    assertThat(terms.botLogins()).isEmpty();
    assertThat(terms.topicLoginSuffixes("nope")).isEmpty();
  }

  @Test
  void theFocusTopicIsWhatPackPropertiesNames() {
    assertThat(PackTerms.of(RulePacks.builtIn()).focusTopic()).contains("amd-rocm");
    assertThat(
            PackTerms.of(
                    new RulePack(
                        "test",
                        Map.of(
                            "x.drl",
                            "package a;",
                            "pack.properties",
                            "# the pack's own\nfocus-topic = tpu\n")))
                .focusTopic())
        .contains("tpu");
    assertThat(
            PackTerms.of(
                    new RulePack(
                        "test",
                        Map.of("x.drl", "package a;", "pack.properties", "focus-topic =\n")))
                .focusTopic())
        .isEmpty();
    assertThat(PackTerms.of(new RulePack("test", Map.of("x.drl", "package a;"))).focusTopic())
        .isEmpty();
  }

  @Test
  void theReviewWaitIsWhatPackPropertiesSetsIfItIsALength() {
    assertThat(PackTerms.of(RulePacks.builtIn()).reviewWait()).contains(Duration.ofHours(48));
    assertThat(waitOf("attention.review-wait = 90m\n")).contains(Duration.ofMinutes(90));
    assertThat(waitOf("attention.review-wait = 3d\n")).contains(Duration.ofDays(3));
    assertThat(waitOf("focus-topic = tpu\n")).as("not set").isEmpty();
    assertThat(waitOf("attention.review-wait = soon\n"))
        .as("not a length: RuleCompiler refuses the pack")
        .isEmpty();
  }

  private static java.util.Optional<Duration> waitOf(String properties) {
    return PackTerms.of(
            new RulePack("test", Map.of("x.drl", "package a;", "pack.properties", properties)))
        .reviewWait();
  }
}
