package io.devpulse.rules.facts;

import io.devpulse.model.ActorType;
import java.util.Map;
import java.util.Objects;

/**
 * An account to judge as bot or human; the only fact in the session while the bot rules run.
 *
 * <pre>{@code
 * $a : ActorFact( listed("bots") )   // the login matched an entry of bots.txt
 * $a : ActorFact( gitHubBot )        // GitHub type Bot or a [bot] login
 * }</pre>
 *
 * @param login the login as GitHub gives it, e.g. {@code mergify[bot]}
 * @param type GitHub's account type
 * @param listedBy term list name → the entry that matched the login (e.g. {@code bots} → {@code
 *     login: mergify})
 */
public record ActorFact(String login, ActorType type, Map<String, String> listedBy) {
  public ActorFact {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(type, "type");
    listedBy = Map.copyOf(listedBy);
  }

  /** GitHub's own verdict: account type {@code Bot} or a login ending in {@code [bot]}. */
  public boolean isGitHubBot() {
    return type == ActorType.BOT || login.endsWith("[bot]");
  }

  /** Alias of {@link #isGitHubBot()} for DRL: {@code ActorFact( gitHubBot )}. */
  public boolean gitHubBot() {
    return isGitHubBot();
  }

  /** True when the login matched an entry of term list {@code list} (e.g. {@code bots}). */
  public boolean listed(String list) {
    return listedBy.containsKey(list);
  }

  /** The entry of {@code list} that matched the login, or {@code ""}. */
  public String entry(String list) {
    return listedBy.getOrDefault(list, "");
  }
}
