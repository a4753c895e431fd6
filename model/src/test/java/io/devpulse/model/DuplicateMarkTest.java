package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DuplicateMarkTest {
  static final Repository VLLM = Repository.parse("vllm-project/vllm");

  static OptionalInt on7(String text) {
    return DuplicateMark.target(text, VLLM, 7);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Duplicate of #1234",
        "duplicate of #1234",
        "  Duplicate of #1234 (same stack trace)",
        "**Duplicate of #1234**",
        "Thanks for the report.\nDuplicate of #1234",
        "Closing as a duplicate of #1234",
        "Closing this as duplicate of #1234.",
        "Closed as duplicate of #1234",
        "Duplicate of vllm-project/vllm#1234",
        "Duplicate of VLLM-Project/vLLM#1234",
        "Duplicate of https://github.com/vllm-project/vllm/issues/1234",
        "Duplicate of: #1234"
      })
  void githubsMarkerAndTheWordsDuplicatesAreClosedWithNameTheTarget(String text) {
    assertThat(on7(text)).hasValue(1234);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This is not a duplicate of #1234",
        "Maybe a duplicate of #1234?",
        "Possibly duplicate of #1234",
        "> Duplicate of #1234",
        "Duplicate of vllm-project/other#1234",
        "Duplicate of https://github.com/sgl-project/sglang/issues/1234",
        "Duplicate of #7",
        "duplicate of the other issue",
        "Duplicate of #12345678901",
        "Same here, +1"
      })
  void hedgedNegatedQuotedOtherRepositoryOrSelfMarkNothing(String text) {
    assertThat(on7(text)).isEmpty();
  }

  @Test
  void theFirstLineNamingAnotherItemWins() {
    assertThat(on7("Duplicate of #7\nDuplicate of #30\nDuplicate of #40")).hasValue(30);
  }

  @Test
  void readsCommentsOnTheirItemAndItemsDescriptions() {
    Comment c =
        new Comment(
            VLLM,
            1,
            7,
            Actor.user("maintainer"),
            java.time.Instant.parse("2025-12-10T11:00:00Z"),
            null,
            "Duplicate of #5",
            "MEMBER");
    assertThat(DuplicateMark.of(c)).hasValue(5);
    Item item =
        Item.builder(VLLM, 9, ItemKind.ISSUE)
            .createdAt(java.time.Instant.parse("2025-12-10T11:00:00Z"))
            .body("Duplicate of #5\n\nSame crash as there.")
            .build();
    assertThat(DuplicateMark.of(item)).hasValue(5);
  }
}
