package io.devpulse.index;

import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A query over items built in code, for the queries devpulse asks itself (a report's window, a
 * roll-up's repositories, a priority's count): {@code
 * ItemQuery.repository(r).and(ItemQuery.topic("docs"))}. It matches what the same query typed in
 * the index's syntax matches, without quoting or escaping anything; {@link #text} carries what a
 * user typed. Give it to {@link HistoryIndex#search(ItemQuery, SearchOptions)} or {@link
 * HistoryIndex#countBy(ItemQuery, Repository, CountBy, DateField, java.time.ZoneId)}.
 */
public sealed interface ItemQuery {
  /** Every item. */
  static ItemQuery all() {
    return All.INSTANCE;
  }

  /**
   * A query in the index's syntax, as a user types it ({@code kind:pr AND label:bug}); blank for
   * all.
   */
  static ItemQuery text(String query) {
    return new Text(query);
  }

  /** The items of {@code repository}. */
  static ItemQuery repository(Repository repository) {
    return new InRepository(repository);
  }

  /** The items of any of {@code repositories} (at least one). */
  static ItemQuery anyRepository(List<Repository> repositories) {
    if (repositories.isEmpty()) {
      throw new IllegalArgumentException("repositories must not be empty");
    }
    return new AnyOf(repositories.stream().map(ItemQuery::repository).toList());
  }

  /** The items with topic {@code topic}. */
  static ItemQuery topic(String topic) {
    return new HasTopic(topic);
  }

  /** The items of priority {@code priority}. */
  static ItemQuery priority(Priority priority) {
    return new HasPriority(priority);
  }

  /** Issues or pull requests. */
  static ItemQuery kind(ItemKind kind) {
    return new OfKind(kind);
  }

  /** Open or closed items. */
  static ItemQuery state(ItemState state) {
    return new InState(state);
  }

  /** Merged pull requests. */
  static ItemQuery merged() {
    return Merged.INSTANCE;
  }

  /** Items whose time {@code field} lies in {@code [from, to)}. */
  static ItemQuery between(DateField field, Instant from, Instant to) {
    return new Between(field, from, to);
  }

  /** Items matching this and {@code other}. */
  default ItemQuery and(ItemQuery other) {
    return new AllOf(List.of(this, other));
  }

  /** Items matching this or {@code other}. */
  default ItemQuery or(ItemQuery other) {
    return new AnyOf(List.of(this, other));
  }

  /**
   * @see #all()
   */
  enum All implements ItemQuery {
    INSTANCE
  }

  /**
   * @see #merged()
   */
  enum Merged implements ItemQuery {
    INSTANCE
  }

  /**
   * @see #text(String)
   */
  record Text(String query) implements ItemQuery {
    public Text {
      Objects.requireNonNull(query, "query");
    }
  }

  /**
   * @see #repository(Repository)
   */
  record InRepository(Repository repository) implements ItemQuery {
    public InRepository {
      Objects.requireNonNull(repository, "repository");
    }
  }

  /**
   * @see #topic(String)
   */
  record HasTopic(String topic) implements ItemQuery {
    public HasTopic {
      Objects.requireNonNull(topic, "topic");
    }
  }

  /**
   * @see #priority(Priority)
   */
  record HasPriority(Priority priority) implements ItemQuery {
    public HasPriority {
      Objects.requireNonNull(priority, "priority");
    }
  }

  /**
   * @see #kind(ItemKind)
   */
  record OfKind(ItemKind kind) implements ItemQuery {
    public OfKind {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * @see #state(ItemState)
   */
  record InState(ItemState state) implements ItemQuery {
    public InState {
      Objects.requireNonNull(state, "state");
    }
  }

  /**
   * @see #between(DateField, Instant, Instant)
   */
  record Between(DateField field, Instant from, Instant to) implements ItemQuery {
    public Between {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /** Items matching every one of {@code parts}. */
  record AllOf(List<ItemQuery> parts) implements ItemQuery {
    public AllOf {
      parts = List.copyOf(parts);
    }
  }

  /** Items matching any of {@code parts}. */
  record AnyOf(List<ItemQuery> parts) implements ItemQuery {
    public AnyOf {
      parts = List.copyOf(parts);
    }
  }
}
