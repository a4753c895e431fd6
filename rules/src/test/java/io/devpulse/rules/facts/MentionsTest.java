package io.devpulse.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The named things PR-GUIDE's compatibility risks are about: flags, variables, endpoints. */
class MentionsTest {
  @Test
  void findsFlagsEnvironmentVariablesEndpointsAndCodeNames() {
    List<Mention> m =
        Mentions.in(
            "Remove `--use-legacy-mode` and VLLM_FOO_BAR; `/v1/legacy` and `old_helper` go too.");
    assertThat(m)
        .containsExactly(
            new Mention("cli-flag", "--use-legacy-mode"),
            new Mention("env-var", "VLLM_FOO_BAR"),
            new Mention("endpoint", "/v1/legacy"),
            new Mention("code", "old_helper"));
  }

  @Test
  void upperCaseWordsWithoutAnUnderscoreAndPlainDashesAreNotMentions() {
    assertThat(Mentions.in("Use FP8 on CUDA - it is fast.")).isEmpty();
    assertThat(Mentions.in("The /v1/chat/completions endpoint returns 400."))
        .containsExactly(new Mention("endpoint", "/v1/chat/completions"));
  }
}
