package io.devpulse.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SortSpecTest {
  @Test
  void fieldWithOptionalOrder() {
    assertThat(SortSpec.parse("created")).isEqualTo(new SortSpec("created", false));
    assertThat(SortSpec.parse("created:desc")).isEqualTo(new SortSpec("created", true));
    assertThat(SortSpec.parse("number:ASC")).isEqualTo(new SortSpec("number", false));
  }

  @Test
  void unknownOrderNamesTheValue() {
    assertThatThrownBy(() -> SortSpec.parse("created:newest"))
        .hasMessage("sort order (newest) must be asc or desc, as in created:desc");
  }
}
