package io.devpulse.report;

import io.devpulse.model.UserErrorException;
import java.util.Locale;

/**
 * The languages reports are written in; each has a {@code ReportMessages} bundle with the same
 * keys.
 */
public enum ReportLanguage {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code zh} or {@code en}: the option value and the suffix of language-specific templates. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code zh} or {@code en} (also {@code zh-CN}, {@code en-US}), ignoring case. */
  public static ReportLanguage parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (value.equals("zh") || value.startsWith("zh-")) {
      return ZH;
    }
    if (value.equals("en") || value.startsWith("en-")) {
      return EN;
    }
    throw new UserErrorException("language (" + text + ") must be zh or en");
  }
}
