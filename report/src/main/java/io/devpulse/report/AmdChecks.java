package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * What the AMD/ROCm section says it checked when it found nothing, and what it scans window items
 * for to point out near misses (an NVIDIA bug report whose environment dump says "ROCM Version:
 * N/A"). The application takes them from the rule pack's focus topic list; {@link #defaults()}
 * mirrors the reference report (for tests and benchmarks that build a report without a pack).
 *
 * @param keywords terms looked for at the start of a word, ignoring case (e.g. {@code ROCm}, {@code
 *     MI300})
 * @param loginSuffixes contributor login suffixes that mark AMD engineers (e.g. {@code -amd})
 */
public record AmdChecks(List<String> keywords, List<String> loginSuffixes) {
  public AmdChecks {
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    loginSuffixes = List.copyOf(Objects.requireNonNull(loginSuffixes, "loginSuffixes"));
    for (String k : keywords) {
      if (k.isBlank()) {
        throw new IllegalArgumentException(
            "keywords (" + keywords + ") must not contain a blank keyword");
      }
    }
  }

  /** ROCm, HIP, AMD, Quark, MI300/MI325/MI350/MI355, AITER, RCCL; logins ending in {@code -amd}. */
  public static AmdChecks defaults() {
    return new AmdChecks(
        List.of("ROCm", "HIP", "AMD", "Quark", "MI300", "MI325", "MI350", "MI355", "AITER", "RCCL"),
        List.of("-amd"));
  }
}
