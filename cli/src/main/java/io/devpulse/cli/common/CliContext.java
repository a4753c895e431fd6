package io.devpulse.cli.common;

import io.devpulse.app.Devpulse;
import io.devpulse.app.IndexNotices;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may use from the outside world: the application it drives, its output streams and
 * the environment. Passed in rather than read from {@code System}, so tests control all of them.
 */
public record CliContext(Devpulse app, PrintStream out, PrintStream err, Map<String, String> env) {
  public CliContext {
    env = Map.copyOf(env);
    app.secrets().addFromEnvironment(env);
  }

  /** Notices of the use cases (the index classified by other rules), as one line each on stderr. */
  public IndexNotices notices() {
    return new IndexNotices() {
      @Override
      public void reclassified(long items, long changed, String packOrigin) {
        err.println(Messages.get("rules.reclassified", items, packOrigin, changed));
      }

      @Override
      public void staleAsStored(long items) {
        err.println(Messages.get("rules.staleAsStored", items));
      }

      @Override
      public void associationsStoredOnly() {
        err.println(Messages.get("index.associationsStoredOnly"));
      }
    };
  }
}
