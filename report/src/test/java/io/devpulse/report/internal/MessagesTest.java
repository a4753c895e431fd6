package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private final Messages m = new Messages(Map.of("p", "{0} isn't {1} {2} {x} {", "plain", "it's"));

  @Test
  void replacesNumberedPlaceholdersOnly() {
    assertThat(m.format("p", "a", 2)).isEqualTo("a isn't 2 {2} {x} {");
    assertThat(m.text("plain")).isEqualTo("it's");
  }

  @Test
  void missingKeyIsABrokenBundle() {
    assertThatThrownBy(() -> m.text("nope"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessage("report message nope is missing");
    assertThat(m.textOr("nope", "fallback")).isEqualTo("fallback");
  }

  @Test
  void pluralsFollowTheCount() {
    Messages en =
        new Messages(Messages.bundle("io.devpulse.report.ReportMessages", java.util.Locale.ROOT));
    Messages zh =
        new Messages(
            Messages.bundle("io.devpulse.report.ReportMessages", java.util.Locale.CHINESE));

    assertThat(en.format("hotBotOnlyItem", "PR", 30388, 1, "mergify"))
        .isEqualTo(
            "PR #30388 received 1 comment, all from bots (mergify); no human technical discussion.");
    assertThat(en.format("hotBotOnlyItem", "PR", 30388, 2, "mergify"))
        .isEqualTo(
            "PR #30388 received 2 comments, all from bots (mergify); no human technical discussion.");
    assertThat(zh.format("hotBotOnlyItem", "PR", 30388, 1, "mergify"))
        .isEqualTo("PR #30388 收到 1 条评论，均来自自动化工具（mergify），无人工技术讨论。");
  }
}
