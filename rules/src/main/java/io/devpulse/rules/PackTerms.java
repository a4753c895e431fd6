package io.devpulse.rules;

import io.devpulse.model.UserErrorException;
import io.devpulse.model.Window;
import io.devpulse.rules.internal.TermFileParser;
import io.devpulse.rules.internal.TermList;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a pack's term lists without compiling the rules (no Drools start-up): what a report needs
 * to say what the rules look for — the bot accounts of {@code bots.txt}, the focus topic and the
 * review wait of {@code pack.properties} and a topic's login patterns. Malformed lines are skipped
 * here; {@link RuleCompiler} reports them.
 */
public final class PackTerms {
  /** The pack file that says what the pack is about besides its rules ({@value #FOCUS_TOPIC}). */
  public static final String PROPERTIES = "pack.properties";

  /** The property naming the topic a report gives its own section. */
  public static final String FOCUS_TOPIC = "focus-topic";

  /**
   * The property setting how long a pull request may wait for its first human review before a
   * report's "Needs attention" lists it ({@code --review-wait} overrides it).
   */
  public static final String REVIEW_WAIT = "attention.review-wait";

  /** The longest review wait a pack may set (as {@code --review-wait}). */
  static final Duration MAX_REVIEW_WAIT = Duration.ofDays(3650);

  private final RulePack pack;

  private PackTerms(RulePack pack) {
    this.pack = pack;
  }

  public static PackTerms of(RulePack pack) {
    return new PackTerms(pack);
  }

  /** The {@code login:} entries of {@code bots.txt}, lower case, in file order. */
  public Set<String> botLogins() {
    return values("bots.txt", TermList.Kind.LOGIN);
  }

  /**
   * The topic the pack puts in focus: the {@value #FOCUS_TOPIC} of {@code pack.properties}; empty
   * when the pack names none (a pack written before the property existed, or one without a focus).
   */
  public Optional<String> focusTopic() {
    return property(FOCUS_TOPIC);
  }

  /**
   * How long a pull request may wait for its first human review before a report's "Needs attention"
   * lists it: the {@value #REVIEW_WAIT} of {@code pack.properties} ({@code 90m}, {@code 48h},
   * {@code 3d}); empty when the pack sets none, or a value {@link RuleCompiler} refuses (then no
   * command gets this far).
   */
  public Optional<Duration> reviewWait() {
    return property(REVIEW_WAIT).flatMap(PackTerms::length);
  }

  /** {@code text} as a review wait: a length of at most 3650 days, else empty. */
  static Optional<Duration> length(String text) {
    try {
      Duration d = Window.length(REVIEW_WAIT, text);
      return d.compareTo(MAX_REVIEW_WAIT) > 0 ? Optional.empty() : Optional.of(d);
    } catch (UserErrorException e) {
      return Optional.empty();
    }
  }

  /** The raw value of {@code key} in {@code pack.properties}, if set (and the file readable). */
  Optional<String> property(String key) {
    String text = pack.files().get(PROPERTIES);
    if (text == null) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed unicode escape: no value rather than no report
    }
    String value = p.getProperty(key, "").strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The {@code login-suffix:} entries of topic list {@code topic} (e.g. {@code -amd}). */
  public Set<String> topicLoginSuffixes(String topic) {
    return values(topicFile(topic), TermList.Kind.LOGIN_SUFFIX);
  }

  /**
   * The {@code tag:}, {@code word:} and {@code phrase:} entries of topic list {@code topic}, once
   * each (ignoring case), in file order: the plain terms a report can say it looked for.
   */
  public Set<String> topicTerms(String topic) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> out = new LinkedHashSet<>();
    String file = topicFile(topic);
    String text = pack.files().get(file);
    if (text == null) {
      return out;
    }
    for (TermList.Entry e : TermFileParser.parse(file, text, false, new ArrayList<>()).entries()) {
      boolean plain =
          e.kind() == TermList.Kind.TAG
              || e.kind() == TermList.Kind.WORD
              || e.kind() == TermList.Kind.PHRASE;
      if (plain && seen.add(e.value().toLowerCase(java.util.Locale.ROOT))) {
        out.add(e.value());
      }
    }
    return out;
  }

  private static String topicFile(String topic) {
    return "terms/topics/" + topic + ".txt";
  }

  private Set<String> values(String file, TermList.Kind kind) {
    String text = pack.files().get(file);
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    for (TermList.Entry e : TermFileParser.parse(file, text, false, new ArrayList<>()).entries()) {
      if (e.kind() == kind) {
        out.add(e.value());
      }
    }
    return out;
  }
}
