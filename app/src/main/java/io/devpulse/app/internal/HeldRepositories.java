package io.devpulse.app.internal;

import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The repositories an index holds, looked up the way GitHub names them: case-insensitively,
 * answered in the spelling the index stored. A repository the index does not hold is an error
 * naming those it does, because a typo would otherwise read as a quiet repository (a report of
 * zeros, {@code 0 of 0 items}).
 */
public final class HeldRepositories {
  /** Stored spelling by lower-case key, sorted by key. */
  private final Map<String, Repository> held;

  /** The repositories with items, sorted by key (the others are only in the coverage ledger). */
  private final List<Repository> withItems;

  private HeldRepositories(Map<String, Repository> held, List<Repository> withItems) {
    this.held = held;
    this.withItems = List.copyOf(withItems);
  }

  /**
   * What {@code index} holds: the repositories of its items (one stored item gives the spelling)
   * and those its coverage ledger records.
   */
  public static HeldRepositories of(HistoryIndex index) {
    Map<String, Repository> held = new TreeMap<>();
    List<Repository> withItems = index.repositories();
    for (Repository r : withItems) {
      held.put(r.key(), r);
    }
    // A repository synced while it had no items yet is held too: its report is truly empty.
    for (String name : CoverageLedger.read(index.commitData()).all().keySet()) {
      Repository r = Repository.parse(name);
      held.putIfAbsent(r.key(), r);
    }
    return new HeldRepositories(held, withItems);
  }

  /** The repositories the index holds items of, in stored spelling, sorted by name. */
  public List<Repository> withItems() {
    return withItems;
  }

  /** Every repository held, in stored spelling, sorted by name. */
  public List<Repository> all() {
    return List.copyOf(held.values());
  }

  /**
   * {@code asked} in stored spelling; throws naming the held ones if the index does not hold it.
   */
  public Repository resolve(Repository asked) {
    Repository stored = held.get(asked.key());
    if (stored == null) {
      throw new UserErrorException(
          Messages.get(
              "repository.unknown",
              asked,
              held.isEmpty()
                  ? Messages.get("repository.none")
                  : String.join(", ", held.values().stream().map(Repository::fullName).toList())));
    }
    return stored;
  }

  /** Each of {@code asked} resolved, duplicates dropped, in the order asked. */
  public List<Repository> resolveAll(List<Repository> asked) {
    List<Repository> out = new ArrayList<>();
    for (Repository r : asked) {
      Repository stored = resolve(r);
      if (!out.contains(stored)) {
        out.add(stored);
      }
    }
    return out;
  }
}
