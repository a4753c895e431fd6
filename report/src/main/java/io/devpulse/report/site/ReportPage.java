package io.devpulse.report.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of the archive: the day it covers, its post name ({@code 2025-12-13-0000-vllm.md}, by
 * the window's end like {@code devpulse report --out DIR}) and its rendered text (HTML for a static
 * site, Markdown for a Jekyll source).
 */
public record ReportPage(LocalDate day, String postName, String text) {
  public ReportPage {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(postName, "postName");
    Objects.requireNonNull(text, "text");
  }
}
