package io.devpulse.rules;

import java.util.Objects;

/**
 * One error in a rule pack, located like a compiler error: {@code terms/topics/docs.txt:3:7:
 * message}.
 *
 * @param file the file's name within the pack, e.g. {@code topics.drl}
 * @param line 1-based line; 0 when the problem concerns the whole file
 * @param column 1-based column; 0 when unknown
 */
public record RuleProblem(String file, int line, int column, String message) {
  public RuleProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line (" + line + ") and column (" + column + ") must not be negative");
    }
  }

  /** {@code file:line:column: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
