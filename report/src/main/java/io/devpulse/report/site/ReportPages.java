package io.devpulse.report.site;

import io.devpulse.report.internal.HtmlEscaper;

/**
 * Fits a standalone HTML report (the {@code report --format html} page, unchanged) into the static
 * site: a link back to the home page at the top of its body, and dark colours for {@code
 * prefers-color-scheme: dark} laid over the report's own CSS variables.
 */
final class ReportPages {
  private static final String DARK =
      """
      <meta name="color-scheme" content="light dark">
      <link rel="icon" href="data:,">
      <style>
      @media (prefers-color-scheme: dark) {
      :root { --fg: #f0f6fc; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --border: #3d444d; --accent: #4493f8; }
      .label { background: #262c36; }
      }
      .dp-back { margin: 0 0 12px; font-size: 14px; }
      </style>
      """;

  private ReportPages() {}

  /**
   * {@code html} with the back link (to {@code homeHref}, reading {@code backText}) and the dark
   * style.
   */
  static String decorate(String html, String homeHref, String backText) {
    String nav =
        "<nav class=\"dp-back\"><a href=\""
            + HtmlEscaper.escape(homeHref)
            + "\">"
            + HtmlEscaper.escape(backText)
            + "</a></nav>\n";
    String out = insertAfter(html, "<main>\n", nav);
    if (out == html) {
      out = insertAfter(html, "<body>\n", nav);
    }
    int head = out.indexOf("</head>");
    return head < 0 ? out : out.substring(0, head) + DARK + out.substring(head);
  }

  private static String insertAfter(String html, String marker, String text) {
    int at = html.indexOf(marker);
    return at < 0
        ? html
        : html.substring(0, at + marker.length()) + text + html.substring(at + marker.length());
  }
}
