package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void padsColumnsAndCutsLongCells() {
    TextTable table = new TextTable(List.of("n", "title"), 8);
    table.add(List.of("1", "short"));
    table.add(List.of("22", "a much longer title"));

    assertThat(table.render()).isEqualTo("n   title\n1   short\n22  a much …\n");
  }

  @Test
  void chineseCellsPadByDisplayWidth() {
    TextTable table = new TextTable(List.of("title", "n"), 20);
    table.add(List.of("性能优化", "1"));
    table.add(List.of("fp8 fix", "2"));

    assertThat(table.render()).isEqualTo("title     n\n性能优化  1\nfp8 fix   2\n");
    assertThat(table.render().lines().map(DisplayWidth::of)).containsExactly(11, 11, 11);
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    TextTable table = new TextTable(List.of("t"), 20);
    table.add(List.of("a\u001B]0;pwned\u0007b"));

    assertThat(table.render()).isEqualTo("t\na?]0;pwned?b\n");
  }

  @Test
  void flattensLineBreaksInCells() {
    TextTable table = new TextTable(List.of("t"), 20);
    table.add(List.of("a\nb"));

    assertThat(table.render()).isEqualTo("t\na b\n");
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    TextTable table = new TextTable(List.of("a", "b"), 8);

    assertThatThrownBy(() -> table.add(List.of("x")))
        .hasMessage("row has 1 cells but the table has 2 columns");
  }
}
