package io.devpulse.benchmarks.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The stated distributions of the scale corpus ({@code distributions.properties} beside this
 * class): the measured part (bodies, issue labels, authors), derived from the real data by {@link
 * DeriveDistributions}, and the assumed part (repositories, rates, states, discussions, pull
 * request labels), which the shared data does not hold. The generator draws from them and {@code
 * ScaleCorpusTest} checks a generated corpus against them.
 */
public final class Distributions {
  static final String RESOURCE = "distributions.properties";

  private final Properties p;

  private Distributions(Properties p) {
    this.p = p;
  }

  public static Distributions stated() {
    try (InputStream in = Distributions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new Distributions(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public double number(String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(RESOURCE + ": no " + key);
    }
    return Double.parseDouble(v.trim());
  }

  public Instant end() {
    return Instant.parse(p.getProperty("corpus.end").trim());
  }

  /** The repositories and their shares of the items, in the file's order. */
  public Map<String, Double> repositories() {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (String entry : p.getProperty("corpus.repositories").split(",")) {
      String[] kv = entry.trim().split(":");
      shares.put(kv[0], Double.parseDouble(kv[1]));
    }
    return shares;
  }

  /** Keys and values under {@code prefix} (e.g. {@code pr.label.}), sorted by key. */
  public Map<String, Double> under(String prefix) {
    Map<String, Double> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith(prefix)) {
        m.put(k.substring(prefix.length()), Double.parseDouble(p.getProperty(k).trim()));
      }
    }
    return m;
  }

  /** Every key whose value is a number (the measures a corpus can be checked against). */
  public Map<String, Double> numbers() {
    Map<String, Double> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      try {
        m.put(k, Double.parseDouble(p.getProperty(k).trim()));
      } catch (NumberFormatException notANumber) {
        // corpus.end, corpus.repositories: read by their own getters
      }
    }
    return m;
  }

  static List<String> keys(Map<String, Double> m, String prefix) {
    List<String> out = new ArrayList<>();
    for (String k : m.keySet()) {
      if (k.startsWith(prefix)) {
        out.add(k);
      }
    }
    return out;
  }
}
