package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {
  @Test
  void groupsEvidenceByTopicAndPriority() {
    Evidence fp8 = Evidence.topic("low-precision", "low-precision: body term", "body: 'fp8'");
    Evidence crash = Evidence.priority(Priority.HIGH, "crash", "body: 'illegal memory access'");
    Classification c =
        new Classification(
            List.of("low-precision"), Priority.HIGH, List.of(fp8, crash), "sha256:abc");

    assertThat(c.hasTopic("low-precision")).isTrue();
    assertThat(c.evidenceFor("low-precision")).containsExactly(fp8);
    assertThat(c.priorityReasons()).containsExactly(crash);
  }

  @Test
  void rejectsBlankTopicsAndFingerprints() {
    assertThatThrownBy(() -> new Classification(List.of(" "), Priority.LOW, List.of(), "f"))
        .hasMessage("topics ([ ]) must not contain a blank topic");
    assertThatThrownBy(() -> new Classification(List.of(), Priority.LOW, List.of(), ""))
        .hasMessage("fingerprint must not be blank");
  }

  @Test
  void ownTopicsLeaveOutWhatOnlyHistoryGave() {
    Classification c =
        new Classification(
            List.of("amd-rocm", "docs"), Priority.NORMAL, List.of(), "f", List.of("docs"));

    assertThat(c.ownTopics()).containsExactly("amd-rocm");
    assertThat(new Classification(List.of("docs"), Priority.NORMAL, List.of(), "f").ownTopics())
        .containsExactly("docs");
  }

  @Test
  void rejectsInferredTopicsThatAreNotTopics() {
    assertThatThrownBy(
            () ->
                new Classification(
                    List.of("docs"), Priority.LOW, List.of(), "f", List.of("ci-build")))
        .hasMessage("inferred topics ([ci-build]) must be among the topics ([docs])");
  }
}
