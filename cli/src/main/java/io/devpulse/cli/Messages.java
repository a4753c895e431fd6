package io.devpulse.cli;

import java.text.MessageFormat;
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
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
