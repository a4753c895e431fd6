package io.devpulse.index;

import io.devpulse.model.UserErrorException;
import java.nio.file.Path;

/** Another writer holds the index's lock: only one import or sync can run at a time. */
public final class IndexInUseException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  public IndexInUseException(Path dir, Throwable cause) {
    super("index " + dir + " is in use by another devpulse process", cause);
  }
}
