package io.devpulse.report;

import io.devpulse.model.UserErrorException;
import java.util.Locale;

/**
 * The output formats of {@link ReportRenderer}: Markdown with Jekyll front matter, JSON, standalone
 * HTML.
 */
public enum ReportFormat {
  MD("md"),
  JSON("json"),
  HTML("html");

  private final String key;

  ReportFormat(String key) {
    this.key = key;
  }

  /** {@code md}, {@code json} or {@code html}: the option value and the template file extension. */
  public String key() {
    return key;
  }

  /** Parses {@code md} (also {@code markdown}), {@code json} or {@code html}, ignoring case. */
  public static ReportFormat parse(String text) {
    return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
      case "md", "markdown" -> MD;
      case "json" -> JSON;
      case "html" -> HTML;
      default -> throw new UserErrorException("format (" + text + ") must be md, json or html");
    };
  }
}
