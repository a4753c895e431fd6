package io.devpulse.index;

import io.devpulse.model.UserErrorException;

/** A query the index cannot run: bad syntax, an unknown field, a bad date or number. One line. */
public final class BadQueryException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  public BadQueryException(String message) {
    super(message);
  }

  public BadQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
