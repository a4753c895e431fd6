package io.devpulse.app.eval;

import java.util.function.IntPredicate;

/**
 * A fixed two-way split of truth rows by item number, for tuning on one half and measuring on the
 * other: a multiplicative hash of the number (Fibonacci hashing, top bit), so the split ignores the
 * labels and the numbers' parity and is the same on every run.
 */
public final class Halves {
  /** The rows of half A. */
  public static final IntPredicate A = n -> of(n) == 0;

  /** The rows of half B. */
  public static final IntPredicate B = n -> of(n) == 1;

  private Halves() {}

  /** 0 for half A, 1 for half B. */
  public static int of(int number) {
    return (int) (((number * 0x9E3779B1L) & 0xFFFF_FFFFL) >>> 31);
  }
}
