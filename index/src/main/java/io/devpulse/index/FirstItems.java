package io.devpulse.index;

import io.devpulse.index.internal.IndexFields;
import java.util.Map;
import java.util.Optional;

/**
 * Each author's first item in one repository ({@link HistoryIndex#firstItemsByAuthor}), looked up
 * by login case-insensitively, as an {@code author:} search matches: the item a search for the
 * author's oldest item would return first.
 */
public final class FirstItems {
  /** Login folded as the index folds keywords → first item. */
  private final Map<String, FirstItem> byFoldedLogin;

  FirstItems(Map<String, FirstItem> byFoldedLogin) {
    this.byFoldedLogin = Map.copyOf(byFoldedLogin);
  }

  /** The first item of {@code login} (any spelling of it), if the repository holds one. */
  public Optional<FirstItem> of(String login) {
    return Optional.ofNullable(byFoldedLogin.get(IndexFields.fold(login)));
  }

  /** How many authors have items in the repository. */
  public int authors() {
    return byFoldedLogin.size();
  }
}
