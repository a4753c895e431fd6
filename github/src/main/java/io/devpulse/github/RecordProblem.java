package io.devpulse.github;

/**
 * Why one record cannot be used, without saying where it is: the reader adds file, position and
 * record index when it turns this into a {@link BadInputException}. Cheap to throw (no stack
 * trace), since a skipping import may meet many.
 */
final class RecordProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RecordProblem(String message) {
    super(message, null, false, false);
  }

  /** {@code field 'path': problem}. */
  static RecordProblem field(String path, String problem) {
    return new RecordProblem("field '" + path + "': " + problem);
  }

  /** {@code field 'path': expected what, got <value>}. */
  static RecordProblem expected(
      String path, String what, com.fasterxml.jackson.databind.JsonNode got) {
    return field(path, "expected " + what + ", got " + JsonSnippet.of(got));
  }
}
