package io.devpulse.cli;

import io.devpulse.app.Devpulse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Training runs for the JVM's ahead-of-time caches (JDK 25, {@code -XX:AOTCacheOutput}), which the
 * {@code ./devpulse} launcher makes once after building the jar: later runs start with the classes
 * the training loaded already loaded and linked. Every class in a cache is loaded at start-up, used
 * or not, so the caches hold what the frequent, short commands need (report, query, stats on an
 * index whose classification is current), not the rule engine, and there are three: {@code read DIR
 * report} trains the cache of a Markdown or HTML report in Chinese (the default language), {@code
 * read DIR report-en} that of one in English (ICU's plural rules and number formatting, ~350
 * classes a Chinese report never loads), {@code read DIR} that of every other short command (query,
 * stats, help, a JSON report, with Jackson databind). {@code prepare DIR SAMPLE} imports the
 * shipped sample hour into {@code DIR/index} and writes the shipped rules into {@code DIR/rules} in
 * a JVM of its own; {@code read} runs the commands on it under the recording JVM. Output is
 * discarded.
 */
public final class AotTraining {
  private AotTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: AotTraining prepare DIR SAMPLE_DIR | read DIR [report | report-en]");
    }
    Path work = Path.of(args[1]);
    PrintStream sink =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Map<String, String> env =
        Map.of("HOME", work.toString(), "DEVPULSE_HOME", work.resolve("home").toString());
    String index = work.resolve("index").toString();
    String rules = work.resolve("rules").toString();
    // A report reading its rules from a folder (walked and hashed on every run) on a current index.
    String[] reportWithRules = {
      "report",
      "--index",
      index,
      "--rules",
      rules,
      "--repo",
      "vllm-project/vllm",
      "--last",
      "1h",
      "--to",
      "2025-12-10T12:01Z",
      "--tz",
      "Asia/Shanghai"
    };
    List<String[]> runs = new ArrayList<>();
    if (args[0].equals("prepare")) {
      Path sample = Path.of(args[2]);
      runs.add(
          new String[] {
            "import",
            "--index",
            index,
            sample.resolve("issues.json").toString(),
            sample.resolve("comments.json").toString()
          });
      // The shipped rules, as the import classified with: the index stays current for them.
      runs.add(new String[] {"rules", "init", rules});
    } else if (args.length > 2 && args[2].startsWith("report")) {
      String lang = args[2].equals("report-en") ? "en" : "zh";
      runs.add(withLanguage(reportWithRules, lang));
      for (String format : List.of("md", "html")) {
        runs.add(hourReport(index, lang, format));
      }
      runs.add(
          new String[] {
            "report",
            "--index",
            index,
            "--repo",
            "vllm-project/vllm",
            "--last",
            "7d",
            "--lang",
            lang
          });
      runs.add(nextHourReport(index, lang, "md"));
    } else {
      for (String lang : List.of("zh", "en")) {
        runs.add(hourReport(index, lang, "json"));
      }
      runs.add(nextHourReport(index, "zh", "json"));
      runs.add(
          new String[] {
            "query", "--index", index, "topic:docs", "--count-by", "week", "--date", "created"
          });
      runs.add(new String[] {"query", "--index", index, "--limit", "5", "--format", "json", "fp8"});
      runs.add(new String[] {"query", "--index", index, "--sort", "created:desc", "state:open"});
      runs.add(new String[] {"stats", "--index", index});
      runs.add(new String[] {"--help"});
    }
    for (String[] run : runs) {
      // A fresh application per command, as each command is a process of its own.
      Main.run(new Devpulse(Clock.systemUTC()), sink, sink, env, run);
    }
  }

  /** {@code run} with {@code --lang lang} added. */
  private static String[] withLanguage(String[] run, String lang) {
    String[] out = Arrays.copyOf(run, run.length + 2);
    out[run.length] = "--lang";
    out[run.length + 1] = lang;
    return out;
  }

  /** The sample hour's report in {@code lang} and {@code format}. */
  private static String[] hourReport(String index, String lang, String format) {
    return report(
        index,
        lang,
        format,
        "--from",
        "2025-12-10T11:01Z",
        "--to",
        "2025-12-10T12:01Z",
        "--tz",
        "Asia/Shanghai");
  }

  /**
   * The report of the hour after the sample's: the sample's hour is then an earlier window the
   * index holds, so the activity level and the trends count it (the sample hour's own report has no
   * earlier window, and would leave those paths out of the cache).
   */
  private static String[] nextHourReport(String index, String lang, String format) {
    return report(index, lang, format, "--last", "1h", "--to", "2025-12-10T13:01Z");
  }

  /** A report of the sample's repository over {@code window} in {@code lang} and {@code format}. */
  private static String[] report(String index, String lang, String format, String... window) {
    List<String> run =
        new ArrayList<>(List.of("report", "--index", index, "--repo", "vllm-project/vllm"));
    run.addAll(List.of(window));
    run.addAll(List.of("--lang", lang, "--format", format));
    return run.toArray(String[]::new);
  }
}
