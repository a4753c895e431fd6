package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ChromiumRequirementTest {
  private static final Path MISSING = Path.of("/no/such/chromium");

  @Test
  void missingChromiumFailsUnderCi() {
    assertThatThrownBy(() -> ChromiumRequirement.check(MISSING, Map.of("CI", "true")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "no /no/such/chromium: the browser test needs Debian's chromium (apt-get install chromium);"
                + " under CI=true that is a failure, not a skip");
  }

  @Test
  void missingChromiumSkipsWithTheReasonElsewhere() {
    assertThatThrownBy(() -> ChromiumRequirement.check(MISSING, Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("no /no/such/chromium: the browser test needs Debian's chromium");
  }

  @Test
  void anExecutableIsEnough() {
    assertThatCode(() -> ChromiumRequirement.check(Path.of("/bin/sh"), Map.of("CI", "true")))
        .doesNotThrowAnyException();
  }
}
