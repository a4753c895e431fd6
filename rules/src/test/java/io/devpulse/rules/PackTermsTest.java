package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
}
