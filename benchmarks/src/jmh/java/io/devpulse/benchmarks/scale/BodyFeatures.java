package io.devpulse.benchmarks.scale;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of one item body that the distributions speak of, measured the same way on the real
 * data ({@link DeriveDistributions}) and on a generated corpus ({@link CorpusProfile}), so that the
 * two can be compared.
 *
 * @param length characters (0 for an empty or absent body)
 * @param code a fenced code block (three backticks)
 * @param collectEnv the output of vLLM's {@code collect_env.py} (the bug template's environment
 *     dump)
 * @param heading a Markdown heading line (the issue and pull request templates' sections)
 * @param links {@code http(s)://} links
 */
public record BodyFeatures(
    int length, boolean code, boolean collectEnv, boolean heading, int links) {
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} ");
  private static final Pattern LINK = Pattern.compile("https?://");

  public static BodyFeatures of(String body) {
    if (body == null || body.isEmpty()) {
      return new BodyFeatures(0, false, false, false, 0);
    }
    int links = 0;
    Matcher m = LINK.matcher(body);
    while (m.find()) {
      links++;
    }
    return new BodyFeatures(
        body.length(),
        body.contains("```"),
        isCollectEnv(body),
        HEADING.matcher(body).find(),
        links);
  }

  /** The markers {@code collect_env.py} prints (its name, or its first report line). */
  static boolean isCollectEnv(String text) {
    return text.contains("collect_env") || text.contains("PyTorch version");
  }
}
