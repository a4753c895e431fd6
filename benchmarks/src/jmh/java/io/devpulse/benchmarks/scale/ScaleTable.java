package io.devpulse.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code scale.md} (one row per measure, one column per corpus size, the log-log slope
 * between the two largest sizes measured, and 1M extrapolated when 1M was not measured: see {@link
 * #extrapolate}) and one log-log chart per measure ({@code NAME.svg}: cost against items, the
 * measured points, the extrapolation dashed, a linear-growth reference dotted, the issue's target
 * as a red line) from the {@code results/SIZE.tsv} files that {@code benchmarks/scale} writes.
 */
public final class ScaleTable {
  /** A measure: results key, label, unit, the target at 1M items (NaN: none), higher is better. */
  record Measure(String key, String label, String unit, double target, boolean higherBetter) {}

  static final double NONE = Double.NaN;
  static final long MILLION = 1_000_000;

  static final List<Measure> MEASURES =
      List.of(
          new Measure(
              "import.items_per_s",
              "Import (items + comments + reviews), wall",
              "items/s",
              2000,
              true),
          new Measure(
              "import.items_per_cpu_s", "Import, items per CPU second", "items/s", NONE, true),
          new Measure("import.s", "Import, wall time", "s", NONE, false),
          new Measure("reclass_rule.s", "Reclassify after a DRL edit", "s", NONE, false),
          new Measure("reclass_term.s", "Reclassify after a term edit", "s", 100, false),
          new Measure(
              "report_1h.s", "Hourly report, cold `./devpulse report --last 1h`", "s", 1.5, false),
          new Measure(
              "report_1h_inproc_ms", "Hourly report, in-process (warm JVM)", "ms", NONE, false),
          new Measure(
              "report_1h_inproc_cpu_ms", "Hourly report, in-process, CPU time", "ms", NONE, false),
          new Measure(
              "query_week_inproc_cpu_ms",
              "`query --count-by week`, in-process, CPU time",
              "ms",
              100,
              false),
          new Measure(
              "stale_commit_cpu_ms",
              "Staleness check, the commit's answer, CPU time",
              "ms",
              NONE,
              false),
          new Measure(
              "stale_scan_cpu_ms", "Staleness check by the scan, CPU time", "ms", NONE, false),
          new Measure(
              "stale_commit_ms",
              "Read commands' staleness check: the commit's answer",
              "ms",
              NONE,
              false),
          new Measure(
              "stale_scan_ms",
              "Same check by the scan it replaced (every item's doc value)",
              "ms",
              NONE,
              false),
          new Measure("rollup_24h.s", "Daily roll-up over 3 repositories, cold", "s", NONE, false),
          new Measure("query_week.s", "`query --count-by week`, cold", "s", NONE, false),
          new Measure(
              "query_week_inproc_ms", "`query --count-by week`, in-process", "ms", 100, false),
          new Measure("site.s", "Site into an empty directory, cold", "s", 60, false),
          new Measure("index_mb", "Index size on disk", "MB", NONE, false),
          new Measure("import.cpu_s", "Import, CPU time (user + sys)", "s", NONE, false),
          new Measure(
              "reclass_rule.cpu_s", "Reclassify after a DRL edit, CPU time", "s", NONE, false),
          new Measure(
              "reclass_term.cpu_s", "Reclassify after a term edit, CPU time", "s", NONE, false),
          new Measure("report_1h.cpu_s", "Hourly report, cold, CPU time", "s", NONE, false),
          new Measure("rollup_24h.cpu_s", "Daily roll-up, cold, CPU time", "s", NONE, false),
          new Measure(
              "query_week.cpu_s", "`query --count-by week`, cold, CPU time", "s", NONE, false),
          new Measure("site.cpu_s", "Site, cold, CPU time", "s", NONE, false),
          new Measure("import.live_mb", "Import: live heap (max after GC)", "MB", NONE, false),
          new Measure("reclass_term.live_mb", "Reclassify: live heap", "MB", NONE, false),
          new Measure("report_1h_heap.live_mb", "Hourly report: live heap", "MB", NONE, false),
          new Measure("rollup_24h.live_mb", "Daily roll-up: live heap", "MB", NONE, false),
          new Measure("query_week_heap.live_mb", "Query: live heap", "MB", NONE, false),
          new Measure("site.live_mb", "Site: live heap", "MB", NONE, false));

  /** The -Xmx rows: the smallest cap passed, per command; target "every command passes 1g". */
  static final Map<String, String> CAPS = new LinkedHashMap<>();

  static {
    CAPS.put("import.xmx", "import");
    CAPS.put("reclass_rule.xmx", "reclassify (DRL edit)");
    CAPS.put("reclass_term.xmx", "reclassify (term edit)");
    CAPS.put("report_1h_heap.xmx", "hourly report (target: passes 256m)");
    CAPS.put("rollup_24h.xmx", "daily roll-up");
    CAPS.put("query_week_heap.xmx", "query --count-by week");
    CAPS.put("site.xmx", "site");
  }

  private ScaleTable() {}

  /** {@code ScaleTable DIR}: reads DIR/results/*.tsv, writes DIR/scale.md and DIR/*.svg. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Run> runs = read(dir.resolve("results"));
    if (runs.isEmpty()) {
      throw new IllegalStateException("no results in " + dir.resolve("results"));
    }
    Files.writeString(dir.resolve("scale.md"), markdown(runs), StandardCharsets.UTF_8);
    for (Measure m : MEASURES) {
      List<double[]> points = points(runs, m.key());
      if (!points.isEmpty()) {
        Files.writeString(
            dir.resolve(svgName(m)),
            Svg.chart(m.label(), m.unit(), points, m.target(), m.higherBetter()),
            StandardCharsets.UTF_8);
      }
    }
  }

  /** One size's results and the header line that says when and where. */
  record Run(long items, String header, Map<String, String> values) {}

  static List<Run> read(Path results) throws IOException {
    List<Run> runs = new ArrayList<>();
    if (!Files.isDirectory(results)) {
      return runs;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(results, "*.tsv")) {
      for (Path f : files) {
        String header = "";
        Map<String, String> values = new TreeMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.startsWith("#")) {
            header = line.substring(1).trim();
          } else if (line.contains("\t")) {
            String[] kv = line.split("\t", 2);
            values.put(kv[0], kv[1]);
          }
        }
        if (values.containsKey("items")) {
          runs.add(new Run(Long.parseLong(values.get("items")), header, values));
        }
      }
    }
    runs.sort(Comparator.comparingLong(Run::items));
    return runs;
  }

  static List<double[]> points(List<Run> runs, String key) {
    List<double[]> out = new ArrayList<>();
    for (Run r : runs) {
      String v = r.values().get(key);
      if (v != null) {
        try {
          double d = Double.parseDouble(v);
          if (d > 0) {
            out.add(new double[] {r.items(), d});
          }
        } catch (NumberFormatException notANumber) {
          // "none": no cap passed
        }
      }
    }
    return out;
  }

  /** The log-log slope between the two largest sizes: 1 is linear, below 1 sub-linear. */
  static double slope(List<double[]> p) {
    if (p.size() < 2) {
      return NONE;
    }
    double[] a = p.get(p.size() - 2);
    double[] b = p.get(p.size() - 1);
    return Math.log(b[1] / a[1]) / Math.log(b[0] / a[0]);
  }

  /**
   * The value at {@code items} by the more pessimistic of two fits through the two largest sizes: a
   * power law along the log-log slope (right for a super-linear curve), and a line "fixed cost +
   * cost per item" (right for a cost that is linear past a fixed start-up, whose log-log slope
   * between small sizes is below 1 and would flatter it). For a rate (higher is better) the lower.
   */
  static double extrapolate(List<double[]> p, double items, boolean higherBetter) {
    double s = slope(p);
    double[] a = p.get(p.size() - 2);
    double[] last = p.get(p.size() - 1);
    double power = last[1] * Math.pow(items / last[0], s);
    double line = last[1] + (last[1] - a[1]) / (last[0] - a[0]) * (items - last[0]);
    if (higherBetter) {
      return line > 0 ? Math.min(power, line) : power;
    }
    return Math.max(power, line);
  }

  static String markdown(List<Run> runs) {
    StringBuilder b = new StringBuilder();
    boolean has1m = runs.get(runs.size() - 1).items() >= MILLION;
    b.append(
        "<!-- Written by benchmarks/run scale (ScaleTable) from docs/bench/results/*.tsv. -->\n");
    b.append("| Measure | Unit |");
    for (Run r : runs) {
      b.append(' ').append(sizeLabel(r.items())).append(" |");
    }
    b.append(" Slope (log-log, last two sizes) |");
    if (!has1m) {
      b.append(" 1M *extrapolated* (the worse of power law and fixed + per-item line) |");
    }
    b.append(" Target at 1M | Chart |\n|---|---|");
    b.append("---:|".repeat(runs.size() + (has1m ? 1 : 2))).append("---|---|\n");
    for (Measure m : MEASURES) {
      List<double[]> p = points(runs, m.key());
      if (p.isEmpty()) {
        continue;
      }
      b.append("| ").append(m.label()).append(" | ").append(m.unit()).append(" |");
      for (Run r : runs) {
        String v = r.values().get(m.key());
        b.append(' ').append(v == null ? "–" : number(Double.parseDouble(v))).append(" |");
      }
      double s = slope(p);
      b.append(' ')
          .append(Double.isNaN(s) ? "–" : String.format(Locale.ROOT, "%.2f", s))
          .append(" |");
      if (!has1m) {
        b.append(' ')
            .append(
                p.size() < 2 ? "–" : "*" + number(extrapolate(p, MILLION, m.higherBetter())) + "*")
            .append(" |");
      }
      b.append(' ')
          .append(
              Double.isNaN(m.target()) ? "" : (m.higherBetter() ? "≥ " : "≤ ") + number(m.target()))
          .append(" | [svg](")
          .append(svgName(m))
          .append(") |\n");
    }
    b.append(
        "\nSmallest `-Xmx` (of the caps tried) under which each command passes:\n\n| Command |");
    for (Run r : runs) {
      b.append(' ').append(sizeLabel(r.items())).append(" |");
    }
    b.append("\n|---|").append("---:|".repeat(runs.size())).append('\n');
    for (Map.Entry<String, String> c : CAPS.entrySet()) {
      b.append("| ").append(c.getValue()).append(" |");
      for (Run r : runs) {
        b.append(' ').append(r.values().getOrDefault(c.getKey(), "–")).append(" |");
      }
      b.append('\n');
    }
    b.append("\nRuns:\n\n");
    for (Run r : runs) {
      b.append("- ").append(r.header()).append('\n');
    }
    return b.toString();
  }

  static String svgName(Measure m) {
    return m.key().replace('.', '-').replace("_", "-") + ".svg";
  }

  static String sizeLabel(long items) {
    if (items >= MILLION && items % MILLION == 0) {
      return items / MILLION + "M";
    }
    if (items >= 1000 && items % 1000 == 0) {
      return items / 1000 + "k";
    }
    return String.valueOf(items);
  }

  /** Three significant digits, thousands separated. */
  static String number(double v) {
    if (v >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
