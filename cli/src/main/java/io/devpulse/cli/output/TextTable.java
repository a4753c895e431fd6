package io.devpulse.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain left-aligned table for terminals: columns padded to their widest cell, the last column left
 * unpadded, cells cut at a maximum width with an ellipsis. Widths count code points (good enough for a
 * terminal; East Asian wide characters will still look wider).
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
    String flat = cell == null ? "" : cell.replaceAll("\\s+", " ");
    if (length(flat) <= maxCell) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, maxCell - 1)) + "…";
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
