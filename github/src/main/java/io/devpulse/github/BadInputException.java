package io.devpulse.github;

import io.devpulse.model.UserErrorException;

/**
 * An input file that cannot be read as GitHub records: truncated or garbled JSON, a field of the
 * wrong type, a record without a number or a time. The message is one line that starts with where
 * the problem is, for example {@code issues.json:12:5 (byte 345): record 4: field 'number':
 * expected a positive integer, got "abc"}.
 */
public class BadInputException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(oneLine(message));
  }

  public BadInputException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /** {@code position: record N: problem}: a record that was read but cannot be used. */
  static BadInputException inRecord(SourcePosition position, long recordIndex, String problem) {
    return new BadInputException(position.describe() + ": record " + recordIndex + ": " + problem);
  }

  /** {@code position: problem}: the file itself is broken at this point. */
  static BadInputException at(SourcePosition position, String problem, Throwable cause) {
    return new BadInputException(position.describe() + ": " + problem, cause);
  }

  private static String oneLine(String message) {
    return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
