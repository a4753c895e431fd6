package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Instant T0 = Instant.parse("2025-12-10T11:00:00Z");

  @Test
  void derivedFactsOfAClosedUnmergedPullRequest() {
    Item pr =
        Item.builder(VLLM, 30348, ItemKind.PULL_REQUEST)
            .title("[Docs]: adds a metric")
            .author(Actor.user("googs1025"))
            .state(ItemState.CLOSED)
            .createdAt(T0)
            .closedAt(T0.plusSeconds(60))
            .build();

    assertThat(pr.isPullRequest()).isTrue();
    assertThat(pr.isMerged()).isFalse();
    assertThat(pr.isClosedUnmerged()).isTrue();
    assertThat(pr.author().isBot()).isFalse();
    assertThat(pr.key()).isEqualTo("vllm-project/vllm#30348");
  }

  @Test
  void mergedPullRequestIsNotClosedUnmerged() {
    Item pr =
        Item.builder(VLLM, 1, ItemKind.PULL_REQUEST)
            .state(ItemState.CLOSED)
            .createdAt(T0)
            .closedAt(T0)
            .mergedAt(T0)
            .build();

    assertThat(pr.isMerged()).isTrue();
    assertThat(pr.isClosedUnmerged()).isFalse();
  }

  @Test
  void absentValuesBecomeEmptyAndCollectionsAreCopied() {
    List<String> labels = new ArrayList<>(List.of("bug"));
    Item issue =
        Item.builder(VLLM, 2, ItemKind.ISSUE).body(null).labels(labels).createdAt(T0).build();
    labels.add("later");

    assertThat(issue.body()).isEmpty();
    assertThat(issue.labels()).containsExactly("bug");
    assertThat(issue.updatedAt()).isEqualTo(T0);
    assertThat(issue.hasLabel("BUG")).isTrue();
  }

  @Test
  void rejectsImpossibleValuesWithTheValueInTheMessage() {
    assertThatThrownBy(() -> Item.builder(VLLM, 0, ItemKind.ISSUE).createdAt(T0).build())
        .hasMessage("number (0) must be positive");
    assertThatThrownBy(
            () -> Item.builder(VLLM, 3, ItemKind.ISSUE).createdAt(T0).mergedAt(T0).build())
        .hasMessage("issue #3 cannot be merged");
  }

  @Test
  void toBuilderRoundTrips() {
    Item item =
        Item.builder(VLLM, 4, ItemKind.PULL_REQUEST)
            .title("t")
            .draft(true)
            .createdAt(T0)
            .labels(List.of("rocm"))
            .commentCount(3)
            .build();

    assertThat(item.toBuilder().build()).isEqualTo(item);
  }
}
