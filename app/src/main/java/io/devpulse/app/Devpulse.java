package io.devpulse.app;

import java.time.Clock;
import java.util.Objects;

/**
 * The application every front end drives: one per process (or per test suite), holding what is
 * worth keeping between use cases — the clock they stamp commits with and the {@link RuleCache} of
 * compiled packs (handed to the use cases that classify as the engine's {@code classify.Engine}),
 * so {@code report --sync} or a suite of in-process commands starts Drools once per rule set. Use
 * cases take it in their constructor: {@code new ImportFiles(app).run(request)}.
 */
public final class Devpulse {
  private final Clock clock;
  private final RuleCache rules;
  private final Secrets secrets = new Secrets();

  public Devpulse(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rules = new RuleCache();
  }

  /** With the system clock (UTC). */
  public static Devpulse standard() {
    return new Devpulse(Clock.systemUTC());
  }

  public Clock clock() {
    return clock;
  }

  public RuleCache rules() {
    return rules;
  }

  /** The tokens to redact from every text the use cases write or return. */
  public Secrets secrets() {
    return secrets;
  }
}
