package io.devpulse.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers with units of a sentence ({@link Measure}): ratios ({@code 1.3x}, not the
 * {@code 8x} of {@code 8x H100}), percentages ({@code 15%}, {@code 4-5%}), sizes ({@code 2 GB}) and
 * before/after pairs ({@code from 99.17 to 148.08 tokens/s}, {@code 7,168 -> 3,584}), rates a
 * benchmark prints ({@code 6.47 requests/s}, {@code (tok/s): 429.51}), each with the metric the
 * sentence's words name. Regular expressions over one sentence (at most a few hundred characters of
 * one block), not term files: the digits, dots and signs are what matters here.
 */
final class Measures {
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final Pattern RATIO =
      Pattern.compile(
          "(?<![\\w.])~?("
              + NUM
              + ")\\s?[x×](?![\\w])(?!\\s*(?:[A-Za-z]+\\d|\\d|gpus?\\b|nodes?\\b))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile("(?<![\\w.])([-+~]?(?:" + NUM + ")(?:\\s?[-–~]\\s?(?:" + NUM + "))?)\\s?%");
  private static final Pattern SIZE =
      Pattern.compile("(?<![\\w.])(" + NUM + ")\\s?(GB|GiB|MB|MiB|TB|TiB)(?![A-Za-z0-9])");
  private static final Pattern CHANGE =
      Pattern.compile(
          "\\bfrom\\s+~?("
              + NUM
              + ")\\s*([A-Za-zµμ/%]+(?:\\s[A-Za-z]+/s)?)?\\s+to\\s+~?("
              + NUM
              + ")\\s*([A-Za-zµμ/%]+(?:\\s[A-Za-z]+/s)?)?"
              + "|(?<![\\w.])("
              + NUM
              + ")\\s*([A-Za-zµμ/%]+)?\\s*(?:->|→|=>)\\s*("
              + NUM
              + ")\\s*([A-Za-zµμ/%]+(?:/[A-Za-z]+)*)?",
          Pattern.CASE_INSENSITIVE);

  // A rate a benchmark prints: "6.47 requests/s", "13159.90 total tokens/s" (one word between),
  // "29.86it/s", or its unit in
  // parentheses before the number: "Output token throughput (tok/s): 429.51", "Mean TTFT (ms):
  // 12.3"
  private static final String RATE_UNIT = "tok(?:en)?s?/s|req(?:uest)?s?/s|it/s|ms";
  private static final Pattern RATE =
      Pattern.compile(
          "(?<![\\w.])("
              + NUM
              + ")\\s?(?:[A-Za-z]+\\s)?("
              + RATE_UNIT
              + ")(?![A-Za-z0-9/])|\\(("
              + RATE_UNIT
              + ")\\):?[ \\t]*("
              + NUM
              + ")(?![\\w.])",
          Pattern.CASE_INSENSITIVE);

  // A decimal number standing alone: "2.88", "2,625.02" (a table's cells, a benchmark's output)
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])\\d[\\d,]*\\.\\d+(?![\\w.])");
  private static final Pattern TABLE_METRIC =
      Pattern.compile(
          "(?i)throughput|ttft|tpot|itl|latency|tok(?:en)?s?/s|req(?:uest)?s?/s|speedup|duration|time \\(");

  private Measures() {}

  /** The measures of {@code sentence}, in the order they start. */
  static List<Measure> in(String sentence) {
    if (!hasDigit(sentence)) {
      return List.of();
    }
    String metric = metric(sentence.toLowerCase(Locale.ROOT));
    List<Measure> out = new ArrayList<>();
    Matcher m = RATIO.matcher(sentence);
    while (m.find()) {
      out.add(
          new Measure(
              "ratio", m.group(1) + "x", number(m.group(1)), metricOr(metric, "speed"), m.start()));
    }
    m = PERCENT.matcher(sentence);
    while (m.find()) {
      String amount = m.group(1).replace(" ", "");
      out.add(new Measure("percent", amount + "%", largest(amount), metric, m.start()));
    }
    m = SIZE.matcher(sentence);
    while (m.find()) {
      out.add(
          new Measure(
              "size",
              m.group(1) + " " + m.group(2),
              number(m.group(1)),
              metricOr(metric, "memory"),
              m.start()));
    }
    List<int[]> changes = new ArrayList<>();
    m = CHANGE.matcher(sentence);
    while (m.find()) {
      changes.add(new int[] {m.start(), m.end()});
      int g = m.group(1) != null ? 1 : 5;
      String before = m.group(g);
      String after = m.group(g + 2);
      String unit = m.group(g + 3) != null ? m.group(g + 3) : m.group(g + 1);
      double b = number(before);
      String amount = before + " → " + after + (unit == null ? "" : " " + unit.strip());
      out.add(new Measure("change", amount, b == 0 ? 0 : number(after) / b, metric, m.start()));
    }
    m = RATE.matcher(sentence);
    while (m.find()) {
      int at = m.start();
      if (changes.stream().anyMatch(c -> c[0] <= at && at < c[1])) {
        continue; // the before or the after of a change, already read as one
      }
      String number = m.group(1) != null ? m.group(1) : m.group(4);
      String unit = m.group(1) != null ? m.group(2) : m.group(3);
      String lowerUnit = unit.toLowerCase(Locale.ROOT);
      out.add(
          new Measure(
              "rate",
              number + " " + unit,
              number(number),
              lowerUnit.equals("ms") ? metricOr(metric, "latency") : "throughput",
              m.start()));
    }
    table(sentence, metric).ifPresent(out::add);
    out.sort(Comparator.comparingInt(Measure::start));
    return List.copyOf(out);
  }

  /**
   * A table of benchmark numbers (the Markdown reader leaves a table as one block of text): at
   * least four decimal numbers and a speed metric in a header or a row name. Amount {@code ""}:
   * which row is the claim the table does not say.
   */
  private static java.util.Optional<Measure> table(String sentence, String metric) {
    Matcher cells = DECIMAL.matcher(sentence);
    int n = 0;
    while (cells.find() && n < 4) {
      n++;
    }
    Matcher m = TABLE_METRIC.matcher(sentence);
    if (n < 4 || !m.find()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Measure("table", "", 0, metricOr(metric, "speed"), Math.max(0, m.start())));
  }

  /**
   * What a sentence measures, from its words: time to first token, time per output token,
   * throughput, latency, memory, speed, or {@code ""}.
   */
  static String metric(String lower) {
    if (lower.contains("ttft") || lower.contains("time to first token")) {
      return "ttft";
    }
    if (lower.contains("tpot")
        || lower.contains("itl")
        || lower.contains("inter-token")
        || lower.contains("time per output token")) {
      return "tpot";
    }
    if (lower.contains("throughput")
        || lower.contains("tokens/s")
        || lower.contains("tok/s")
        || lower.contains("req/s")
        || lower.contains("reqs/s")
        || lower.contains("requests/s")
        || lower.contains("qps")) {
      return "throughput";
    }
    if (lower.contains("latency")) {
      return "latency";
    }
    if (lower.contains("memory")
        || lower.contains("footprint")
        || lower.contains("bytes")
        || lower.contains("cache storage")) {
      return "memory";
    }
    if (lower.contains("speed") || lower.contains("faster") || lower.contains("slower")) {
      return "speed";
    }
    return "";
  }

  private static String metricOr(String metric, String fallback) {
    return metric.isEmpty() ? fallback : metric;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static double number(String s) {
    try {
      return Double.parseDouble(s.replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The larger end of {@code 4-5} or {@code ~20}, as a number. */
  private static double largest(String range) {
    double best = 0;
    for (String part : range.split("[-–~+]")) {
      if (!part.isEmpty()) {
        best = Math.max(best, number(part));
      }
    }
    return best;
  }
}
