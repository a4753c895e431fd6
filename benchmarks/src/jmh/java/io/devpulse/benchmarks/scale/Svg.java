package io.devpulse.benchmarks.scale;

import java.util.List;
import java.util.Locale;

/**
 * A small log-log line chart in SVG, written by hand (no charting dependency): cost against corpus
 * size, from the decade below the smallest size to 1M items (or the largest size beyond it).
 */
final class Svg {
  static final int W = 560;
  static final int H = 320;
  static final int LEFT = 70;
  static final int RIGHT = 20;
  static final int TOP = 36;
  static final int BOTTOM = 46;

  private Svg() {}

  static String chart(
      String title, String unit, List<double[]> points, double target, boolean higherBetter) {
    double xMin = Math.pow(10, Math.floor(Math.log10(points.get(0)[0])));
    double xMax =
        Math.pow(10, Math.ceil(Math.log10(Math.max(ScaleTable.MILLION, last(points)[0]))));
    double yLo = Double.MAX_VALUE;
    double yHi = 0;
    double extra =
        points.size() >= 2
            ? ScaleTable.extrapolate(points, ScaleTable.MILLION, higherBetter)
            : Double.NaN;
    for (double[] p : points) {
      yLo = Math.min(yLo, p[1]);
      yHi = Math.max(yHi, p[1]);
    }
    double linearAtEnd = points.get(0)[1] * ScaleTable.MILLION / points.get(0)[0];
    for (double v : new double[] {extra, target, linearAtEnd}) {
      if (!Double.isNaN(v) && v > 0) {
        yLo = Math.min(yLo, v);
        yHi = Math.max(yHi, v);
      }
    }
    double yMin = Math.pow(10, Math.floor(Math.log10(yLo)));
    double yMax = Math.pow(10, Math.ceil(Math.log10(yHi)));
    if (yMax <= yMin) {
      yMax = yMin * 10;
    }
    Axes a = new Axes(xMin, xMax, yMin, yMax);
    StringBuilder s = new StringBuilder();
    s.append(
        f(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"sans-serif\" font-size=\"11\">\n",
            W, H, W, H));
    s.append(f("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, H));
    s.append(f("<text x=\"%d\" y=\"20\" font-size=\"13\">%s</text>\n", LEFT, escape(title)));
    s.append(
        f(
            "<text x=\"%d\" y=\"31\" font-size=\"9\" fill=\"#666\">measured (solid), extrapolated"
                + " (dashed, see scale.md), linear growth from the first point (dotted)</text>\n",
            LEFT));
    for (double x = xMin; x <= xMax * 1.0001; x *= 10) {
      double px = a.x(x);
      s.append(line(px, TOP, px, H - BOTTOM, "#ddd", ""));
      s.append(
          f(
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
              px, H - BOTTOM + 16, ScaleTable.sizeLabel((long) x)));
    }
    for (double y = yMin; y <= yMax * 1.0001; y *= 10) {
      double py = a.y(y);
      s.append(line(LEFT, py, W - RIGHT, py, "#ddd", ""));
      s.append(
          f(
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
              LEFT - 6, py + 4, ScaleTable.number(y)));
    }
    s.append(
        f(
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">items (log)</text>\n",
            (LEFT + W - RIGHT) / 2, H - 8));
    s.append(
        f(
            "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">%s (log)</text>\n",
            (TOP + H - BOTTOM) / 2, (TOP + H - BOTTOM) / 2, escape(unit)));
    // Linear growth from the first point: a measure above this line grows faster than the corpus.
    double[] first = points.get(0);
    s.append(
        line(
            a.x(first[0]),
            a.y(first[1]),
            a.x(ScaleTable.MILLION),
            a.y(linearAtEnd),
            "#999",
            "2,3"));
    if (!Double.isNaN(target)) {
      s.append(line(LEFT, a.y(target), W - RIGHT, a.y(target), "#c00", "6,3"));
      s.append(
          f(
              "<text x=\"%d\" y=\"%.1f\" fill=\"#c00\" text-anchor=\"end\">target at 1M</text>\n",
              W - RIGHT - 4, a.y(target) - 4));
    }
    StringBuilder poly = new StringBuilder();
    for (double[] p : points) {
      poly.append(f("%.1f,%.1f ", a.x(p[0]), a.y(p[1])));
    }
    s.append(
        f(
            "<polyline points=\"%s\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n",
            poly.toString().trim()));
    if (!Double.isNaN(extra) && last(points)[0] < ScaleTable.MILLION) {
      double[] l = last(points);
      s.append(line(a.x(l[0]), a.y(l[1]), a.x(ScaleTable.MILLION), a.y(extra), "#1f5fa8", "5,4"));
      s.append(
          f(
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" fill=\"#1f5fa8\">%s (extrapolated)</text>\n",
              a.x(ScaleTable.MILLION) - 6, a.y(extra) - 6, ScaleTable.number(extra)));
    }
    for (double[] p : points) {
      s.append(
          f(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1f5fa8\"/>\n",
              a.x(p[0]), a.y(p[1])));
      s.append(
          f(
              "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
              a.x(p[0]) + 6, a.y(p[1]) - 6, ScaleTable.number(p[1])));
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** Log scales from the data ranges to the plot area. */
  private record Axes(double xMin, double xMax, double yMin, double yMax) {
    double x(double v) {
      return LEFT + (W - LEFT - RIGHT) * Math.log(v / xMin) / Math.log(xMax / xMin);
    }

    double y(double v) {
      return H - BOTTOM - (H - TOP - BOTTOM) * Math.log(v / yMin) / Math.log(yMax / yMin);
    }
  }

  private static double[] last(List<double[]> points) {
    return points.get(points.size() - 1);
  }

  private static String line(
      double x1, double y1, double x2, double y2, String color, String dash) {
    return f(
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n",
        x1, y1, x2, y2, color, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
