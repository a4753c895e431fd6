package io.devpulse.rules;

import io.devpulse.model.Item;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the caller knows about earlier items, handed to the rules as {@link AuthorHistory} and
 * {@link LabelHistory} facts. The engine (module classify) has the one implementation: the items of
 * the repository created before the item, with their own topics, answered per item as fixed facts;
 * {@link #NONE} when there is no history. The rules' own tests give hand-made facts. The classifier
 * calls {@link #author(Item)} and {@link #labels(Item)} once per item.
 */
public interface History {
  /**
   * No history: no AuthorHistory or LabelHistory fact is inserted, so history rules stay silent.
   */
  History NONE = (login, before) -> Optional.empty();

  /**
   * The items {@code login} created before {@code before} and their topics; empty when unknown (an
   * author with no earlier item is {@code Optional.of(new AuthorHistory(login, 0, Map.of()))}, a
   * first-timer).
   */
  Optional<AuthorHistory> author(String login, Instant before);

  /**
   * The history of {@code item}'s author before the item; override to exclude the item differently.
   */
  default Optional<AuthorHistory> author(Item item) {
    return author(item.author().login(), item.createdAt());
  }

  /**
   * For each of {@code item}'s labels, the earlier items with it and their topics; none by default.
   */
  default List<LabelHistory> labels(Item item) {
    return List.of();
  }
}
