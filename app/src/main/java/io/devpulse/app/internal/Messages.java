package io.devpulse.app.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences the use cases put in their errors, from {@code Messages.properties}, so a translation is
 * a file, not a code change.
 */
public final class Messages {
  public static final String BUNDLE = "io.devpulse.app.Messages";

  private Messages() {}

  public static String get(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
