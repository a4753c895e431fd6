package io.devpulse.model;

/**
 * The user's input or environment is wrong, not devpulse: a bad file, query, option or a busy
 * index. The message is one line that names what is wrong (file, line, field, value); the CLI
 * prints it and exits with 1. Modules subclass it for their own cases.
 */
public class UserErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserErrorException(String message) {
    super(message);
  }

  public UserErrorException(String message, Throwable cause) {
    super(message, cause);
  }
}
