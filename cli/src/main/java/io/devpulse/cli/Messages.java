package io.devpulse.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's user-visible sentences, from {@code Messages.properties} (one file per language), so a
 * translation is a file, not a code change. picocli reads the same bundle for help texts.
 */
public final class Messages {
  public static final String BUNDLE = "io.devpulse.cli.Messages";

  private Messages() {}

  public static String get(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    // ICU's MessageFormat, for {0,plural,one{...}other{...}} by the bundle language's plural rules
    // (the
    // base bundle is English).
    Locale language = bundle.getLocale();
    ULocale rules =
        language.getLanguage().isEmpty() ? ULocale.ENGLISH : ULocale.forLocale(language);
    return new MessageFormat(pattern, rules).format(asText(args));
  }

  /**
   * The arguments with java.time values as their ISO text, as java.text.MessageFormat printed them:
   * ICU would format them as dates in the locale's style (and refuses an Instant).
   */
  static Object[] asText(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof java.time.temporal.TemporalAccessor) {
        out[i] = out[i].toString();
      }
    }
    return out;
  }
}
