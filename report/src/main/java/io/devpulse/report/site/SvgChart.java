package io.devpulse.report.site;

import io.devpulse.report.internal.HtmlEscaper;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as SVG at build time: no script, no font metrics, no external request, the
 * same bytes for the same chart. Hand-written rather than with a charting library:
 * JFreeChart/JFreeSVG lay out text with AWT font metrics (output varies with the fonts installed,
 * so not the same bytes everywhere), cannot link a bar to a page, and colour with inline fills,
 * where this uses CSS classes that follow {@code prefers-color-scheme}. Each bar is a {@code rect}
 * with {@code data-key}/{@code data-value} (what tests read) and a tooltip; a bar with a link is
 * wrapped in {@code <a>}. Texts are XML-escaped (and braces become entities, so nothing here reads
 * as Liquid).
 */
public final class SvgChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 240;
  private static final int LEFT = 48;
  private static final int RIGHT = 12;
  private static final int TOP = 30;
  private static final int BOTTOM = 34;
  private static final int TICKS = 4;
  private static final int X_LABELS = 8;
  private static final int PALETTE = 4;

  private static final String STYLE =
      """
      <style>
      .dp-chart text { font: 11px -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "PingFang SC", "Microsoft YaHei", sans-serif; fill: #59636e; }
      .dp-grid { stroke: #d1d9e0; stroke-width: 1; }
      .dp-s0 { fill: #0969da; } .dp-s1 { fill: #1a7f37; } .dp-s2 { fill: #cf222e; } .dp-s3 { fill: #8250df; }
      .dp-light { fill: #9ec5f8; }
      .dp-l0 { stroke: #0969da; } .dp-l1 { stroke: #1a7f37; } .dp-l2 { stroke: #cf222e; } .dp-l3 { stroke: #8250df; }
      .dp-line { fill: none; stroke-width: 2; }
      .dp-chart a:hover rect { opacity: 0.7; }
      .dp-partial { fill: #d1d9e0; opacity: 0.45; } .dp-chart text.dp-partial-label { font-style: italic; }
      @media (prefers-color-scheme: dark) {
      .dp-partial { fill: #3d444d; }
      .dp-chart text { fill: #9198a1; }
      .dp-grid { stroke: #3d444d; }
      .dp-s0 { fill: #4493f8; } .dp-s1 { fill: #3fb950; } .dp-s2 { fill: #f85149; } .dp-s3 { fill: #ab7df8; }
      .dp-light { fill: #2d5a8e; }
      .dp-l0 { stroke: #4493f8; } .dp-l1 { stroke: #3fb950; } .dp-l2 { stroke: #f85149; } .dp-l3 { stroke: #ab7df8; }
      }
      </style>
      """;

  private SvgChart() {}

  /** The fill of series {@code s}: the light shade, or the palette's colour of its place. */
  private static String fillClass(ChartSeries series, int s) {
    return series.light() ? "dp-light" : "dp-s" + (s % PALETTE);
  }

  /** The chart as an {@code <svg>} element, fit to inline in HTML or to save as a file. */
  public static String render(Chart chart) {
    StringBuilder out = new StringBuilder(4096 + chart.keys().size() * chart.series().size() * 160);
    String titleId = chart.id() + "-title";
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dp-chart\" id=\"")
        .append(chart.id())
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append("\">\n");
    out.append("<title id=\"")
        .append(titleId)
        .append("\">")
        .append(esc(chart.title()))
        .append("</title>\n");
    out.append(STYLE);
    double max = 0;
    for (ChartSeries s : chart.series()) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    boolean whole =
        chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
    double step = niceStep(max / TICKS);
    if (whole && step < 1) {
      step = 1;
    }
    double top = Math.max(step, Math.ceil(max / step) * step);
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    int baseY = TOP + plotH;
    // Grid and y labels.
    for (int i = 0; i <= Math.round(top / step); i++) {
      double v = i * step;
      double y = baseY - v / top * plotH;
      out.append("<line class=\"dp-grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(num(y))
          .append("\" y2=\"")
          .append(num(y))
          .append("\"/>");
      out.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(num(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(value(v))
          .append("</text>\n");
    }
    // Legend when there is more than one series.
    List<ChartSeries> series = chart.series();
    if (series.size() > 1) {
      int x = LEFT;
      for (int s = 0; s < series.size(); s++) {
        out.append("<rect class=\"")
            .append(fillClass(series.get(s), s))
            .append("\" x=\"")
            .append(x)
            .append("\" y=\"8\" width=\"10\" height=\"10\"/><text x=\"")
            .append(x + 14)
            .append("\" y=\"17\">")
            .append(esc(series.get(s).label()))
            .append("</text>\n");
        String label = series.get(s).label();
        // Roughly the label's width: 7 px a character, 11 for a wide (CJK) one.
        x += 24 + label.codePoints().map(c -> c >= 0x2E80 ? 11 : 7).sum();
      }
    }
    int n = chart.keys().size();
    double groupW = n == 0 ? plotW : plotW / (double) n;
    // X labels: about eight, evenly spaced, the last always.
    int every = Math.max(1, (int) Math.ceil(n / (double) X_LABELS));
    for (int i = 0; i < n; i++) {
      boolean spaced = i % every == 0 && n - 1 - i > every / 2;
      if (spaced || i == n - 1) {
        // The first label starts at its bar, the last ends at its bar, so neither is cut off.
        double cx = LEFT + groupW * (i + 0.5);
        String anchor = i == n - 1 && n > 1 ? "end" : i == 0 && n > 1 ? "start" : "middle";
        double x =
            anchor.equals("end")
                ? LEFT + groupW * (i + 1)
                : anchor.equals("start") ? LEFT + groupW * i : cx;
        out.append("<text x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(baseY + 16)
            .append("\" text-anchor=\"")
            .append(anchor)
            .append("\">")
            .append(esc(chart.keys().get(i)))
            .append("</text>\n");
      }
    }
    if (chart.partialNoteOrNull() != null && n > 0) {
      // The period still in progress: shaded behind its values and labelled, so a low last value
      // reads as
      // "not over yet", not as a drop.
      String note = esc(chart.partialNoteOrNull());
      out.append("<rect class=\"dp-partial\" x=\"")
          .append(num(LEFT + groupW * (n - 1)))
          .append("\" y=\"")
          .append(TOP)
          .append("\" width=\"")
          .append(num(groupW))
          .append("\" height=\"")
          .append(plotH)
          .append("\" data-partial=\"")
          .append(esc(chart.keys().get(n - 1)))
          .append("\"><title>")
          .append(note)
          .append("</title></rect>\n");
      out.append("<text class=\"dp-partial-label\" x=\"")
          .append(WIDTH - RIGHT)
          .append("\" y=\"")
          .append(TOP - 4)
          .append("\" text-anchor=\"end\">")
          .append(note)
          .append("</text>\n");
    }
    if (chart.kind() == Chart.Kind.BARS) {
      double barW = Math.max(1, groupW * 0.8 / Math.max(1, series.size()));
      for (int s = 0; s < series.size(); s++) {
        ChartSeries cs = series.get(s);
        for (int i = 0; i < n; i++) {
          double v = cs.values().get(i);
          double h = v / top * plotH;
          double x = LEFT + groupW * i + groupW * 0.1 + barW * s;
          String href = cs.hrefs().get(i);
          if (!href.isEmpty()) {
            out.append("<a href=\"").append(esc(href)).append("\">");
          }
          out.append("<rect class=\"")
              .append(fillClass(cs, s))
              .append("\" x=\"")
              .append(num(x))
              .append("\" y=\"")
              .append(num(baseY - h))
              .append("\" width=\"")
              .append(num(barW))
              .append("\" height=\"")
              .append(num(h))
              .append("\" data-series=\"")
              .append(s)
              .append("\" data-key=\"")
              .append(esc(chart.keys().get(i)))
              .append("\" data-value=\"")
              .append(value(v))
              .append("\"><title>")
              .append(esc(chart.keys().get(i)))
              .append(": ")
              .append(value(v))
              .append(series.size() > 1 ? " (" + esc(cs.label()) + ")" : "")
              .append("</title></rect>");
          if (!href.isEmpty()) {
            out.append("</a>");
          }
          out.append('\n');
        }
      }
    } else {
      for (int s = 0; s < series.size(); s++) {
        ChartSeries cs = series.get(s);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
          double cx = LEFT + groupW * (i + 0.5);
          double cy = baseY - cs.values().get(i) / top * plotH;
          points.append(i == 0 ? "" : " ").append(num(cx)).append(',').append(num(cy));
        }
        out.append("<polyline class=\"dp-line dp-l")
            .append(s % PALETTE)
            .append("\" points=\"")
            .append(points)
            .append("\"/>\n");
        for (int i = 0; i < n; i++) {
          double cx = LEFT + groupW * (i + 0.5);
          double cy = baseY - cs.values().get(i) / top * plotH;
          out.append("<circle class=\"dp-s")
              .append(s % PALETTE)
              .append("\" cx=\"")
              .append(num(cx))
              .append("\" cy=\"")
              .append(num(cy))
              .append("\" r=\"")
              .append(n > 60 ? "1.5" : "3")
              .append("\" data-series=\"")
              .append(s)
              .append("\" data-key=\"")
              .append(esc(chart.keys().get(i)))
              .append("\" data-value=\"")
              .append(value(cs.values().get(i)))
              .append("\"><title>")
              .append(esc(chart.keys().get(i)))
              .append(": ")
              .append(value(cs.values().get(i)))
              .append(" (")
              .append(esc(cs.label()))
              .append(")</title></circle>\n");
        }
      }
    }
    out.append("<line class=\"dp-grid\" x1=\"")
        .append(LEFT)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" y2=\"")
        .append(baseY)
        .append("\"/>\n");
    out.append("</svg>\n");
    return out.toString();
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough} (1 for nothing to show). */
  static double niceStep(double rough) {
    if (rough <= 0) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 5}) {
      if (m * p >= rough) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A coordinate with one decimal at most. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  /** A value: whole numbers without decimals, others with one. */
  static String value(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(String text) {
    return HtmlEscaper.escape(text);
  }
}
