package io.devpulse.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void formatsTextsOfOneSharedBundle() {
    assertThat(Messages.get("sync.badDuration", "--max-wait", "x"))
        .isEqualTo("--max-wait (x) must be a duration such as 90s, 15m or 1h");
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    assertThat(bundle.getString("help")).isEqualTo("Show this help message and exit.");
    assertThat(Collections.list(bundle.getKeys())).contains("sync.repo", "option.index");
  }
}
