package io.devpulse.index.internal;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * What a writing session can prove about the items' {@link IndexFields#RULES} doc values, kept in
 * the commit's user data under {@link #KEY} so that a read command learns "are the items classified
 * by these rules?" from the commit, not by reading every item's doc value (a scan that grows with
 * the index, run by every report, query and site).
 *
 * <p>The state is the fingerprint every item carries, {@link #NO_ITEMS} for an index without items,
 * or {@link #UNKNOWN}: when the last commit does not say (an index written before this key), after
 * an item put with another fingerprint or none, until the next {@code markAllItemsClassifiedBy}. So
 * the fast answer is given only when it is exact; otherwise the reader scans as before.
 */
public final class ItemsClassifiedBy {
  /** The commit user data key. */
  public static final String KEY = "itemsClassifiedBy";

  static final String NO_ITEMS = "";
  static final String UNKNOWN = "?";

  private String state;

  private ItemsClassifiedBy(String state) {
    this.state = state;
  }

  /**
   * The state of the last commit ({@code commitData}); {@code empty}: the index holds no document
   * at all, so no item either.
   */
  public static ItemsClassifiedBy of(Map<String, String> commitData, boolean empty) {
    String recorded = commitData.get(KEY);
    return new ItemsClassifiedBy(recorded != null ? recorded : empty ? NO_ITEMS : UNKNOWN);
  }

  /** An item was written with {@code fingerprintOrNull} (null: unclassified, no doc value). */
  public void put(String fingerprintOrNull) {
    if (state.equals(UNKNOWN)) {
      return;
    }
    if (fingerprintOrNull == null || isMarker(fingerprintOrNull)) {
      state = UNKNOWN;
    } else if (state.equals(NO_ITEMS)) {
      state = fingerprintOrNull;
    } else if (!state.equals(fingerprintOrNull)) {
      state = UNKNOWN;
    }
  }

  /** Every item's doc value was set to {@code fingerprint}. */
  public void markAll(String fingerprint) {
    state = isMarker(fingerprint) ? UNKNOWN : fingerprint;
  }

  /** The value to commit under {@link #KEY}. */
  public String value() {
    return state;
  }

  /**
   * How many items the commit with {@code commitData} holds that are not classified by {@code
   * fingerprint}, when the commit says; empty when it does not (the caller scans).
   *
   * @param items counts the commit's items (an indexed count), asked only when every item carries
   *     another fingerprint
   */
  public static OptionalLong staleItems(
      Map<String, String> commitData, String fingerprint, LongSupplier items) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    String recorded = commitData.get(KEY);
    if (recorded == null || recorded.equals(UNKNOWN)) {
      return OptionalLong.empty();
    }
    if (recorded.equals(NO_ITEMS) || recorded.equals(fingerprint)) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(items.getAsLong());
  }

  /** A fingerprint spelled like one of the states cannot be told from it: treated as unknown. */
  private static boolean isMarker(String fingerprint) {
    return fingerprint.equals(NO_ITEMS) || fingerprint.equals(UNKNOWN);
  }
}
