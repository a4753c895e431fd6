package io.devpulse.model;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A resource bundle of user-visible sentences (one {@code .properties} file per language, so a
 * translation is a file, not a code change), formatted with ICU's MessageFormat: {@code
 * {0,plural,one{# item}other{# items}}} follows the plural rules of the bundle's language, which
 * java.text's ChoiceFormat cannot state per language. The one formatter of the modules' {@code
 * Messages} classes.
 */
public final class MessageBundle {
  private final String baseName;

  /**
   * @param baseName the bundle's name, e.g. {@code io.devpulse.cli.Messages}
   */
  public MessageBundle(String baseName) {
    this.baseName = Objects.requireNonNull(baseName, "baseName");
  }

  public String baseName() {
    return baseName;
  }

  /** The sentence of {@code key} in the default locale's bundle, with {@code args} filled in. */
  public String get(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.getDefault());
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return pattern;
    }
    Locale language = bundle.getLocale();
    // The base bundle (no language of its own) is English.
    ULocale rules =
        language.getLanguage().isEmpty() ? ULocale.ENGLISH : ULocale.forLocale(language);
    return new MessageFormat(pattern, rules).format(asText(args));
  }

  /**
   * {@code pattern} (ICU MessageFormat with named arguments, e.g. {@code {term}} or {@code
   * {surface, select, api{…} other{…}}}) with {@code args} filled in, plurals by the rules of
   * {@code language}.
   *
   * @throws IllegalArgumentException when the pattern does not parse
   */
  public static String formatNamed(String pattern, Locale language, Map<String, Object> args) {
    ULocale rules =
        language.getLanguage().isEmpty() ? ULocale.ENGLISH : ULocale.forLocale(language);
    Map<String, Object> plain = new java.util.HashMap<>(args);
    plain.replaceAll((k, v) -> v instanceof TemporalAccessor ? v.toString() : v);
    return new MessageFormat(pattern, rules).format(plain);
  }

  /**
   * The arguments with java.time values as their ISO text, as java.text.MessageFormat printed them:
   * ICU would format them as dates in the locale's style (and refuses an Instant).
   */
  static Object[] asText(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof TemporalAccessor) {
        out[i] = out[i].toString();
      }
    }
    return out;
  }
}
