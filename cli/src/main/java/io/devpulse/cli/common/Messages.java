package io.devpulse.cli.common;

import io.devpulse.model.MessageBundle;

/**
 * The CLI's user-visible sentences, from {@code Messages.properties} (one file per language), so a
 * translation is a file, not a code change. picocli reads the same bundle for help texts.
 */
public final class Messages {
  public static final String BUNDLE = "io.devpulse.cli.common.Messages";
  private static final MessageBundle TEXTS = new MessageBundle(BUNDLE);

  private Messages() {}

  public static String get(String key, Object... args) {
    return TEXTS.get(key, args);
  }
}
