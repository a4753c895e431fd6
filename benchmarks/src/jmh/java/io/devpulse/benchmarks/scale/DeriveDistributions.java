package io.devpulse.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the measured part of {@code distributions.properties} from the real data ({@link
 * RealData}): body features of the 150 pull request and 260 issue descriptions, the issues' label
 * shares (those of at least 1% of issues), and the author concentration of the 7,080 merged pull
 * requests. {@code ScaleCorpusTest} checks that the file says what this prints.
 */
public final class DeriveDistributions {
  static final double MIN_LABEL_SHARE = 0.01;

  private DeriveDistributions() {}

  public static void main(String[] args) {
    // A space in a key (the label "feature request") is escaped, as java.util.Properties reads it.
    measured().forEach((k, v) -> System.out.println(k.replace(" ", "\\ ") + "=" + format(k, v)));
  }

  static Map<String, Double> measured() {
    Profile real = new Profile();
    for (JsonNode pr : RealData.lines(RealData.PR_ITEMS)) {
      real.item("pr", RealData.body(pr), List.of());
    }
    for (JsonNode issue : RealData.lines(RealData.ISSUE_ITEMS)) {
      real.item("issue", RealData.body(issue), RealData.labels(issue));
    }
    for (JsonNode merged : RealData.lines(RealData.MERGED_PRS)) {
      real.author(merged.path("author").asText());
    }
    Map<String, Double> m = real.measures();
    m.entrySet().removeIf(e -> e.getKey().contains(".label.") && e.getValue() < MIN_LABEL_SHARE);
    return m;
  }

  /** Lengths as whole characters, shares and means to three decimals. */
  static String format(String key, double v) {
    return key.contains(".length.")
        ? String.valueOf((long) v)
        : String.format(Locale.ROOT, "%.3f", v);
  }
}
