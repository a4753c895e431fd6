package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPagesTest {
  @Test
  void theReportGetsABackLinkAndDarkColours() {
    String page =
        ReportPages.decorate(
            "<html><head><title>r</title></head><body>\n<main>\n<h1>r</h1>",
            "../../index.html",
            "<< Back to Home");

    assertThat(page)
        .contains(
            "<main>\n<nav class=\"dp-back\"><a href=\"../../index.html\">&lt;&lt; Back to Home</a></nav>\n<h1>")
        .contains("@media (prefers-color-scheme: dark)")
        .contains("<link rel=\"icon\" href=\"data:,\">\n<style>");
    assertThat(page.indexOf("prefers-color-scheme")).isLessThan(page.indexOf("</head>"));
  }
}
