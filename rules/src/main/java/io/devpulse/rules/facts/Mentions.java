package io.devpulse.rules.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the named things of a sentence ({@link Mention}): CLI flags, environment variables, HTTP
 * endpoints, backticked names and bare Python names ({@code qlora_adapter_name_or_path}). Syntax
 * only: whether one is removed or renamed the rules decide from the sentence's words.
 */
final class Mentions {
  private static final Pattern CODE = Pattern.compile("`([^`\\n]{1,80})`");
  private static final Pattern FLAG =
      Pattern.compile("(?<![\\w-])--[a-zA-Z][a-zA-Z0-9._-]*[a-zA-Z0-9]");
  // VLLM_USE_V1, TORCH_CUDA_ARCH_LIST: upper case with an underscore (not "CUDA", not "FP8")
  private static final Pattern ENV =
      Pattern.compile("(?<![\\w.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\w.(])");
  private static final Pattern ENDPOINT =
      Pattern.compile("(?<![\\w./])/(?:v\\d+/)?[a-z][a-z0-9_-]*(?:/[a-z0-9_{}-]+)*(?![\\w./])");

  // a bare Python name: qlora_adapter_name_or_path (lower case, an underscore; not a path or a
  // call)
  private static final Pattern NAME =
      Pattern.compile("(?<![\\w./`-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\\w./(`-])");

  private Mentions() {}

  /** The mentions of {@code sentence}, flags, variables and endpoints before other code names. */
  static List<Mention> in(String sentence) {
    // Each pattern needs a character most sentences lack (a flag "--", a variable or a Python name
    // "_", code "`", an endpoint "/"): looked for first, since a pattern with look-behinds is
    // tried at every character.
    boolean underscore = sentence.indexOf('_') >= 0;
    boolean backtick = sentence.indexOf('`') >= 0;
    boolean slash = sentence.indexOf('/') >= 0;
    if (!underscore && !backtick && !slash && !sentence.contains("--")) {
      return List.of();
    }
    Set<Mention> out = new LinkedHashSet<>();
    if (sentence.contains("--")) {
      add(out, FLAG, "cli-flag", sentence);
    }
    if (underscore) {
      add(out, ENV, "env-var", sentence);
    }
    Matcher m = CODE.matcher(backtick ? sentence : "");
    List<Mention> code = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1).strip();
      if (name.isEmpty() || FLAG.matcher(name).matches() || ENV.matcher(name).matches()) {
        continue;
      }
      if (name.startsWith("/") && ENDPOINT.matcher(name).matches() && name.indexOf('.') < 0) {
        out.add(new Mention("endpoint", name));
      } else {
        code.add(new Mention("code", name));
      }
    }
    Matcher e = ENDPOINT.matcher(slash ? sentence : "");
    while (e.find()) {
      // a bare path is an endpoint only when it has the version prefix: /v1/completions
      if (e.group().startsWith("/v") && Character.isDigit(e.group().charAt(2))) {
        out.add(new Mention("endpoint", e.group()));
      }
    }
    out.addAll(code);
    Matcher n = NAME.matcher(underscore ? sentence : "");
    while (n.find()) {
      out.add(new Mention("code", n.group()));
    }
    return List.copyOf(out);
  }

  private static void add(Set<Mention> out, Pattern p, String kind, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(new Mention(kind, m.group()));
    }
  }
}
