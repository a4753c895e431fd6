package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ItemsClassifiedByTest {
  private static final Map<String, String> NOTHING = Map.of();

  @Test
  void aNewIndexTakesTheFirstFingerprintAndKeepsItWhileEveryItemHasIt() {
    ItemsClassifiedBy s = ItemsClassifiedBy.of(NOTHING, true);
    assertThat(s.value()).isEqualTo(ItemsClassifiedBy.NO_ITEMS);
    s.put("a");
    s.put("a");
    assertThat(s.value()).isEqualTo("a");
    s.put("b");
    assertThat(s.value()).isEqualTo(ItemsClassifiedBy.UNKNOWN);
    s.put("a");
    assertThat(s.value())
        .as("unknown stays unknown until marked")
        .isEqualTo(ItemsClassifiedBy.UNKNOWN);
    s.markAll("c");
    assertThat(s.value()).isEqualTo("c");
  }

  @Test
  void anUnclassifiedItemOrAnIndexThatDoesNotSayIsUnknown() {
    ItemsClassifiedBy s = ItemsClassifiedBy.of(Map.of(ItemsClassifiedBy.KEY, "a"), false);
    s.put(null);
    assertThat(s.value()).isEqualTo(ItemsClassifiedBy.UNKNOWN);
    assertThat(ItemsClassifiedBy.of(NOTHING, false).value()).isEqualTo(ItemsClassifiedBy.UNKNOWN);
  }

  @Test
  void answersOnlyWhatTheCommitProves() {
    assertThat(ItemsClassifiedBy.staleItems(NOTHING, "a", () -> 7)).isEmpty();
    assertThat(ItemsClassifiedBy.staleItems(Map.of(ItemsClassifiedBy.KEY, "?"), "a", () -> 7))
        .isEmpty();
    assertThat(ItemsClassifiedBy.staleItems(Map.of(ItemsClassifiedBy.KEY, "a"), "a", () -> 7))
        .isEqualTo(OptionalLong.of(0));
    assertThat(ItemsClassifiedBy.staleItems(Map.of(ItemsClassifiedBy.KEY, "b"), "a", () -> 7))
        .isEqualTo(OptionalLong.of(7));
    assertThat(ItemsClassifiedBy.staleItems(Map.of(ItemsClassifiedBy.KEY, ""), "a", () -> 7))
        .isEqualTo(OptionalLong.of(0));
  }

  @Test
  void aFingerprintSpelledLikeAStateIsUnknown() {
    ItemsClassifiedBy s = ItemsClassifiedBy.of(NOTHING, true);
    s.put("?");
    assertThat(s.value()).isEqualTo(ItemsClassifiedBy.UNKNOWN);
    s.markAll("");
    assertThat(s.value()).isEqualTo(ItemsClassifiedBy.UNKNOWN);
  }
}
