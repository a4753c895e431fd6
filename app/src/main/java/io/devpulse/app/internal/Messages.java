package io.devpulse.app.internal;

import io.devpulse.model.MessageBundle;

/**
 * The sentences the use cases put in their errors, from {@code Messages.properties}, so a
 * translation is a file, not a code change.
 */
public final class Messages {
  public static final String BUNDLE = "io.devpulse.app.Messages";
  private static final MessageBundle TEXTS = new MessageBundle(BUNDLE);

  private Messages() {}

  public static String get(String key, Object... args) {
    return TEXTS.get(key, args);
  }
}
