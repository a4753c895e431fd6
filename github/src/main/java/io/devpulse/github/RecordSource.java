package io.devpulse.github;

import java.io.Closeable;
import java.io.IOException;

/**
 * Splits decompressed input into records, one at a time, without reading ahead more than a buffer.
 */
interface RecordSource extends Closeable {

  /**
   * The next record, or null at the end of the input.
   *
   * @throws BadInputException when the input is broken in a way that loses the following records
   */
  RawRecord next() throws IOException;
}
