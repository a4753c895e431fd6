package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recognises the body GitHub sends with a failed request ({@code {"message": "Bad credentials",
 * "documentation_url": …}}), which a {@code curl} without {@code --fail} saves in place of the
 * data.
 */
final class ErrorBody {
  private ErrorBody() {}

  /**
   * Whether {@code node} is such a body: a message with a documentation link or status, and no id.
   */
  static boolean isOne(JsonNode node) {
    return node != null
        && node.isObject()
        && node.path("message").isTextual()
        && !node.has("id")
        && (node.has("documentation_url") || node.has("status"));
  }

  /** Its message, on one line and cut short. */
  static String message(JsonNode node) {
    return JsonSnippet.cut(node.path("message").asText());
  }
}
