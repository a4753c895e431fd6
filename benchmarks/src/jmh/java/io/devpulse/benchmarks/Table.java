package io.devpulse.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.DoubleUnaryOperator;

/**
 * Prints the results table (Markdown) from what benchmarks/run left in {@code RESULTS_DIR}: {@code
 * jmh-*.json} (JMH's JSON), {@code cold-*.json} (hyperfine's JSON, or the same shape from the
 * fallback loop), {@code heap.txt} ({@link HeapProbe}) and {@code agreement.txt}. Medians over
 * every iteration of every fork (or every sample), spread as min–max (n) or as the 90th/99th
 * percentiles of samples.
 *
 * <p>{@code Table RESULTS_DIR}
 */
public final class Table {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String P = "io.devpulse.benchmarks.";

  private final Map<String, JsonNode> jmh = new LinkedHashMap<>();
  private final List<String> rows = new ArrayList<>();

  private Table() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Table t = new Table();
    List<Path> jmhFiles;
    try (var list = Files.list(dir)) {
      jmhFiles =
          list.filter(f -> f.getFileName().toString().matches("jmh.*\\.json")).sorted().toList();
    }
    for (Path jmhFile : jmhFiles) {
      if (Files.size(jmhFile) == 0) {
        continue;
      }
      for (JsonNode b : JSON.readTree(jmhFile.toFile())) {
        String key = b.path("benchmark").asText().replace(P, "");
        JsonNode params = b.path("params");
        if (!params.isMissingNode()) {
          List<String> ps = new ArrayList<>();
          params.fields().forEachRemaining(e -> ps.add(e.getValue().asText()));
          key += "[" + String.join(",", ps) + "]";
        }
        t.jmh.put(key, b.path("primaryMetric"));
      }
    }
    String table = t.build(dir);
    System.out.print(table);
    Files.writeString(dir.resolve("table.md"), table, StandardCharsets.UTF_8);
  }

  private String build(Path dir) throws IOException {
    header();
    // 1. parse vs import
    rate(
        "Import: the import use case in-process (parse + classify + index + commit)",
        "ImportBench.appImport",
        "≥ 20,000");
    rate(
        "Import without classification (parse + index, public APIs)", "ImportBench.parseIndex", "");
    rate("Parse + classify, no index (Drools, no history)", "ImportBench.parseClassify", "");
    rate("Parse only: devpulse GithubFileReader (JSON → Item)", "ParseBench.devpulseReader", "");
    rate("Parse only: Jackson tree per record", "ParseBench.jacksonTree", "");
    rate("Parse only: Jackson tokens (ceiling)", "ParseBench.jacksonTokens", "");
    cold(
        dir,
        "cold-import.json",
        "Cold `java -jar devpulse.jar import` of 100k items + 120k comments (one run)",
        "");
    // 2. classification
    double drools = perItem("Classify: Drools, built-in pack", "ClassifyBench.drools");
    double plain = perItem("Classify: plain-Java regex baseline", "ClassifyBench.plainRegex");
    perItem(
        "Classify: devpulse text cleaning + term matching only (no Drools)",
        "ClassifyBench.termsOnly");
    if (!Double.isNaN(drools) && !Double.isNaN(plain)) {
      double ratio = drools / plain;
      rows.add(
          row(
              "Classify: ratio Drools / plain",
              fmt(ratio) + "×",
              "",
              "",
              "≤ 2×",
              ratio <= 2 ? "yes" : "**no**"));
    }
    Path agreement = dir.resolve("agreement.txt");
    String agree = Files.exists(agreement) ? Files.readString(agreement).strip() : "";
    // 3. query
    for (String topic : List.of("amd-rocm", "performance")) {
      sample(
          "Query `topic:" + topic + " AND created:[2025]`, top 20 (HistoryIndex.search)",
          "QueryBench.search[" + topic + "]",
          "");
      sample(
          "Query same, `--count-by week` (HistoryIndex.countBy)",
          "QueryBench.countByWeek[" + topic + "]",
          "median ≤ 20 ms");
      sample(
          "Query same, the whole query use case (`--count-by week`) in-process",
          "QueryBench.appCountByWeek[" + topic + "]",
          "median ≤ 20 ms");
    }
    // 4. reports
    for (String w : List.of("1h", "7d")) {
      sample(
          w + " report: ReportBuilder.build + render (index open)",
          "ReportBench.build[" + w + "]",
          w.equals("1h") ? "≤ 200 ms" : "");
      sample(
          w + " report: the whole report use case in-process",
          "ReportBench.app[" + w + "]",
          w.equals("1h") ? "≤ 200 ms" : "");
    }
    // 5. cold CLI
    cold(
        dir,
        "cold-report.json",
        "Cold `./devpulse report --last 1h` (launcher + JVM), rules unchanged",
        "≤ 2 s");
    cold(
        dir,
        "cold-report-java.json",
        "Cold `java -jar devpulse.jar report --last 1h`, rules unchanged",
        "≤ 2 s");
    cold(
        dir,
        "cold-report-edit.json",
        "Cold `./devpulse report` first run after a rule edit (classifies a private copy of the 100k index)",
        "");
    // 6. reclassify
    for (var e :
        Map.of(
                "ReclassifyBench.afterEdit[rule]",
                "Reclassify 100k after a rule edit (a DRL file changed: new Drools build), in-process",
                "ReclassifyBench.afterEdit[term]",
                "Reclassify 100k after a one-word term-list edit (Drools rule base reused), in-process")
            .entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      JsonNode rc = jmh.get(e.getKey());
      if (rc != null) {
        double[] v = raw(rc);
        double m = median(v);
        rows.add(
            row(
                e.getValue() + reclassifyFlags(dir),
                fmt(m),
                range(v, x -> x),
                "s",
                "≤ 10 s",
                m <= 10 ? "yes" : "**no**"));
      }
    }
    // 6b. cold start on the 7,080-PR index, against a hello-world JVM of the same run
    Double hello = coldMedian(dir, "cold-hello.json");
    if (hello != null) {
      cold(
          dir,
          "cold-hello.json",
          "Cold hello-world JVM (`java -cp . Hello`, same JDK): the baseline",
          "");
      ratio(dir, "cold-version.json", "Cold `./devpulse --version`", hello, 3);
      ratio(
          dir,
          "cold-query-7k.json",
          "Cold `./devpulse query ... --count-by week` on the 7,080-PR index",
          hello,
          10);
      ratio(
          dir,
          "cold-report-7k.json",
          "Cold `./devpulse report --last 1h` on the 7,080-PR index, rules unchanged",
          hello,
          10);
    }
    Double check = coldMedian(dir, "cold-check-7k.json");
    Double report = coldMedian(dir, "cold-report-7k.json");
    Double edit = coldMedian(dir, "cold-report-7k-edit.json");
    if (check != null) {
      cold(dir, "cold-check-7k.json", "Cold `./devpulse rules check DIR` (compiles the pack)", "");
    }
    if (check != null && report != null && edit != null) {
      double budget = check + report + 1;
      rows.add(
          row(
              "Cold `./devpulse report` on the 7,080-PR index, first run after a one-word term edit",
              fmt(edit),
              "budget: check "
                  + fmt(check)
                  + " + report "
                  + fmt(report)
                  + " + 1 s = "
                  + fmt(budget),
              "s",
              "≤ check + report + 1 s",
              edit <= budget ? "yes" : "**no**"));
    }
    // 6b. site
    for (String b : List.of("full", "rerun")) {
      JsonNode site = jmh.get("SiteBench." + b);
      if (site != null) {
        double[] v = raw(site);
        double m = median(v);
        rows.add(
            row(
                b.equals("full")
                    ? "Site: the whole site into an empty directory (the site use case)"
                    : "Site: rebuilt over itself, nothing changed (none written)",
                fmt(m),
                range(v, x -> x),
                "s",
                "≤ 10 s",
                m <= 10 ? "yes" : "**no**"));
      }
    }
    // 7. heap
    Path heap = dir.resolve("heap.txt");
    if (Files.exists(heap)) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(heap)) {
        p.load(in);
      }
      boolean ok = "0".equals(p.getProperty("exit"));
      long live = Long.parseLong(p.getProperty("liveAfterGcMB", "-1"));
      rows.add(
          row(
              "Import 100k items + comments with -Xmx"
                  + p.getProperty("maxHeapMB")
                  + "m: peak live heap (after GC)",
              live + "",
              "before GC "
                  + p.getProperty("usedBeforeGcMB")
                  + " MB; "
                  + p.getProperty("gcs")
                  + " GCs; "
                  + p.getProperty("seconds")
                  + " s; exit "
                  + p.getProperty("exit"),
              "MB",
              "≤ 256 MB",
              ok && live <= 256 ? "yes" : "**no**"));
    }
    StringBuilder sb = new StringBuilder();
    rows.forEach(r -> sb.append(r).append('\n'));
    if (!agree.isEmpty()) {
      sb.append('\n').append("Baseline check: ").append(agree).append('\n');
    }
    return sb.toString();
  }

  private void header() {
    rows.add("| Benchmark | Median | Spread | Unit | Target | Met |");
    rows.add("|---|---:|---|---|---|---|");
  }

  /** A per-item time benchmark shown as items/s. */
  private double rate(String name, String key, String target) {
    JsonNode m = jmh.get(key);
    if (m == null) {
      return Double.NaN;
    }
    double[] v = raw(m);
    DoubleUnaryOperator toRate = us -> 1e6 / us;
    double med = toRate.applyAsDouble(median(v));
    String verdict = target.isEmpty() ? "" : (med >= 20_000 ? "yes" : "**no**");
    rows.add(
        row(
            name,
            String.format(Locale.ROOT, "%,.0f", med),
            range(v, toRate),
            "items/s",
            target,
            verdict));
    return med;
  }

  private double perItem(String name, String key) {
    JsonNode m = jmh.get(key);
    if (m == null) {
      return Double.NaN;
    }
    double[] v = raw(m);
    double med = median(v);
    rows.add(row(name, fmt(med), range(v, x -> x), "µs/item", "", ""));
    return med;
  }

  private void sample(String name, String key, String target) {
    JsonNode m = jmh.get(key);
    if (m == null) {
      return;
    }
    JsonNode pc = m.path("scorePercentiles");
    double p50 = pc.path("50.0").asDouble();
    double p90 = pc.path("90.0").asDouble();
    double p99 = pc.path("99.0").asDouble();
    String verdict = "";
    if (target.startsWith("median ≤ 20")) {
      verdict = p50 <= 20 ? "yes" : "**no**";
    } else if (target.startsWith("≤ 200")) {
      verdict = p50 <= 200 ? "yes" : "**no**";
    }
    rows.add(
        row(
            name,
            fmt(p50),
            "p90 " + fmt(p90) + ", p99 " + fmt(p99) + " (n=" + samples(m) + ")",
            m.path("scoreUnit").asText(),
            target,
            verdict));
  }

  private static Double coldMedian(Path dir, String file) throws IOException {
    Path f = dir.resolve(file);
    if (!Files.exists(f) || Files.size(f) == 0) {
      return null;
    }
    List<Double> t = new ArrayList<>();
    JSON.readTree(f.toFile())
        .path("results")
        .path(0)
        .path("times")
        .forEach(x -> t.add(x.asDouble()));
    return t.isEmpty() ? null : median(t.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** A cold run's median, and its ratio to the hello-world JVM's against a target ratio. */
  private void ratio(Path dir, String file, String name, double hello, double target)
      throws IOException {
    Double m = coldMedian(dir, file);
    if (m == null) {
      return;
    }
    double r = m / hello;
    rows.add(
        row(
            name,
            fmt(m),
            fmt(r) + "× hello-world",
            "s",
            "≤ " + fmt(target) + "× hello-world",
            r <= target ? "yes" : "**no**"));
  }

  /** The reclassify fork's JVM flags as benchmarks/run recorded them, for the row's name. */
  private static String reclassifyFlags(Path dir) throws IOException {
    Path f = dir.resolve("reclassify-flags.txt");
    String flags = Files.exists(f) ? Files.readString(f).strip() : "";
    return flags.isEmpty() ? ", JVM defaults" : ", JVM flags `" + flags + "`";
  }

  private void cold(Path dir, String file, String name, String target) throws IOException {
    Path f = dir.resolve(file);
    if (!Files.exists(f) || Files.size(f) == 0) {
      return;
    }
    JsonNode r = JSON.readTree(f.toFile()).path("results").path(0);
    List<Double> t = new ArrayList<>();
    r.path("times").forEach(x -> t.add(x.asDouble()));
    double[] v = t.stream().mapToDouble(Double::doubleValue).toArray();
    if (v.length == 0) {
      return;
    }
    double med = median(v);
    rows.add(
        row(
            name,
            fmt(med),
            range(v, x -> x),
            "s",
            target,
            target.isEmpty() ? "" : med <= 2 ? "yes" : "**no**"));
  }

  private static long samples(JsonNode m) {
    long n = 0;
    for (JsonNode fork : m.path("rawDataHistogram")) {
      for (JsonNode it : fork) {
        for (JsonNode pair : it) {
          n += pair.path(1).asLong();
        }
      }
    }
    return n;
  }

  private static double[] raw(JsonNode m) {
    List<Double> v = new ArrayList<>();
    for (JsonNode fork : m.path("rawData")) {
      for (JsonNode x : fork) {
        v.add(x.asDouble());
      }
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String range(double[] v, DoubleUnaryOperator f) {
    double a = Double.MAX_VALUE;
    double b = -Double.MAX_VALUE;
    for (double x : v) {
      double y = f.applyAsDouble(x);
      a = Math.min(a, y);
      b = Math.max(b, y);
    }
    return fmt(a) + "–" + fmt(b) + " (n=" + v.length + ")";
  }

  private static String fmt(double x) {
    if (Double.isNaN(x)) {
      return "–";
    }
    double ax = Math.abs(x);
    String f =
        ax >= 1000 ? "%,.0f" : ax >= 100 ? "%.0f" : ax >= 10 ? "%.1f" : ax >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, f, x);
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }
}
