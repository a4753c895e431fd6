package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * A named thing a sentence mentions, as {@link Mentions} reads it: what a compatibility risk names.
 *
 * @param kind {@code cli-flag} ({@code --max-model-len}), {@code env-var} ({@code VLLM_USE_V1}),
 *     {@code endpoint} ({@code /v1/completions}) or {@code code} (any other backticked name: {@code
 *     `use_v1`})
 * @param name the thing as written (without backticks)
 */
public record Mention(String kind, String name) {
  public Mention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }
}
