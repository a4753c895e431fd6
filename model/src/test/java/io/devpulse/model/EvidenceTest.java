package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void encodesToOneLineAndBack() {
    Evidence e =
        Evidence.priority(
            Priority.HIGH, "crash in a bug", "body: 'illegal memory access'\tand more\n");

    assertThat(e.encode()).doesNotContain("\n").startsWith("priority\thigh\tcrash in a bug\t");
    assertThat(Evidence.decode(e.encode())).isEqualTo(e);
  }

  @Test
  void rejectsWhatIsNotEncodedEvidence() {
    assertThatThrownBy(() -> Evidence.decode("topic\tdocs"))
        .hasMessage("evidence (topic\tdocs) must have 4 tab-separated parts");
  }
}
