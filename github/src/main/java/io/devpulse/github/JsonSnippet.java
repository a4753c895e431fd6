package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON value as a message shows it: compact JSON on one line, cut to about 60 characters. */
final class JsonSnippet {
  static final int MAX_LENGTH = 60;

  private JsonSnippet() {}

  /**
   * The value as JSON ({@code "abc"}, {@code 5}, {@code null}, {@code {"a":1}}), cut with "..."
   * when long.
   */
  static String of(JsonNode value) {
    return cut(value == null ? "nothing" : value.toString());
  }

  /**
   * Cuts {@code text} to {@link #MAX_LENGTH} characters and replaces line breaks and other
   * controls.
   */
  static String cut(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 3));
    for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > MAX_LENGTH) {
      out.append("...");
    }
    return out.toString();
  }
}
