package io.devpulse.cli.output;

import com.google.common.base.CharMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain left-aligned table for terminals: columns padded to their widest cell, the last column
 * left unpadded, cells cut at a maximum width with an ellipsis. Widths are terminal columns ({@link
 * DisplayWidth}: a Chinese character takes two), and control characters in cells (an escape
 * sequence in a title, say) are shown as {@code ?}, never sent to the terminal.
 */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxCell;

  public TextTable(List<String> header, int maxCell) {
    this.header = List.copyOf(header);
    this.maxCell = maxCell;
  }

  public void add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells but the table has " + header.size() + " columns");
    }
    rows.add(row.stream().map(this::cut).toList());
  }

  public String render() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = length(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], length(row.get(c)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, widths);
    for (List<String> row : rows) {
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      sb.append(cell);
      if (c < cells.size() - 1) {
        sb.append(" ".repeat(widths[c] - length(cell) + 2));
      }
    }
    sb.append('\n');
  }

  private String cut(String cell) {
    String flat = cell == null ? "" : CharMatcher.whitespace().collapseFrom(cell, ' ');
    return DisplayWidth.truncate(TerminalText.safe(flat), maxCell);
  }

  private static int length(String s) {
    return DisplayWidth.of(s);
  }
}
