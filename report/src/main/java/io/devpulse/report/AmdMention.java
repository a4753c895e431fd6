package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * A window item that names an AMD/ROCm keyword although the rules did not give it the amd-rocm
 * topic.
 *
 * @param keywords the checked keywords it names, in the order of {@link AmdChecks#keywords()}
 * @param onlyInCodeOrDetails whether every mention sits in a code block or a {@code <details>}
 *     block (such as the environment dump of vLLM's bug template)
 */
public record AmdMention(ItemRef item, List<String> keywords, boolean onlyInCodeOrDetails) {
  public AmdMention {
    Objects.requireNonNull(item, "item");
    keywords = List.copyOf(keywords);
  }
}
