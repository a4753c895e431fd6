package io.devpulse.rules;

import io.devpulse.model.UserErrorException;
import java.util.List;

/**
 * A rule failed while classifying an item: its consequence threw, or rules kept firing past the
 * limit (an endless loop). The message names the rule(s) and the item, e.g. {@code rule "boom"
 * failed on vllm-project/vllm#30387: IllegalStateException: bad data}.
 */
public final class RuleRuntimeException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  private final List<String> rules;
  private final String itemKey;

  public RuleRuntimeException(String message, List<String> rules, String itemKey, Throwable cause) {
    super(message, cause);
    this.rules = List.copyOf(rules);
    this.itemKey = itemKey;
  }

  /** The rule(s) at fault. */
  public List<String> rules() {
    return rules;
  }

  /** The item being classified ({@code owner/name#number}), or the login for a bot verdict. */
  public String itemKey() {
    return itemKey;
  }
}
