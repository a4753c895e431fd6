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
    assertThatThrownBy(() -> m.text("nope")).isInstanceOf(MissingResourceException.class)
        .hasMessage("report message nope is missing");
    assertThat(m.textOr("nope", "fallback")).isEqualTo("fallback");
  }
}
