package io.devpulse.model;

/**
 * The reactions GitHub counts on an issue or pull request (its {@code reactions} object): how many
 * in all and how many {@code +1} (👍). An item read without the object has none ({@link
 * Item#reactions()} is null: not fetched, which is not zero).
 *
 * @param total {@code reactions.total_count}
 * @param plusOne {@code reactions["+1"]}
 */
public record Reactions(int total, int plusOne) {
  public Reactions {
    if (total < 0 || plusOne < 0) {
      throw new IllegalArgumentException(
          "reaction counts (" + total + ", " + plusOne + ") must not be negative");
    }
  }
}
