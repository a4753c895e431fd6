package io.devpulse.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version numbers named in a text: dotted numbers standing on their own ({@code 0.19.1}, {@code
 * v0.8.5}, {@code 0.9.2.post1}, {@code 12.1}), not those inside a name ({@code Qwen2.5}, {@code
 * Llama-3.2}). Term files cannot say this (their words split at dots), so it is extracted here;
 * which versions matter (a vLLM release, not a CUDA version) the rules decide.
 */
final class VersionNames {
  // Not after a Latin letter, digit, dot, hyphen or underscore (a name), nor before one (0.5B is a
  // size);
  // CJK text around a version is fine ("从0.7.0开始").
  private static final Pattern VERSION =
      Pattern.compile(
          "(?<![A-Za-z0-9._-])[vV]?(\\d{1,3}(?:\\.\\d{1,4}){1,3}(?:\\.?post\\d+|rc\\d+)?)(?![A-Za-z0-9]|\\.\\d)");

  private VersionNames() {}

  /** The versions in {@code text}, without a leading {@code v}, in order (repeats kept once). */
  static List<String> in(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = VERSION.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return List.copyOf(out);
  }
}
