package io.devpulse.report;

import java.util.Objects;

/**
 * A human who opened an item or had a pull request merged in the window.
 *
 * @param opened issues and pull requests created in the window
 * @param merged pull requests merged in the window
 * @param firstTime whether the index holds no item of theirs created before their first one here
 */
public record Contributor(String login, int opened, int merged, boolean firstTime) {
  public Contributor {
    Objects.requireNonNull(login, "login");
  }
}
