package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import org.junit.jupiter.api.Test;

class HistoryTest {
  @Test
  void noneGivesNoFacts() {
    Item item = Fixtures.item(1, ItemKind.PULL_REQUEST, "Fix a typo", "", "ann");

    assertThat(History.NONE.author(item)).isEmpty();
    assertThat(History.NONE.labels(item)).isEmpty();
  }
}
