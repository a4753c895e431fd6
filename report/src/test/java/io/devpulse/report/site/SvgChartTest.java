package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {
  private static Chart bars(String title, List<String> hrefs) {
    return new Chart(
        "c1",
        title,
        List.of("2025-W49", "2025-W50", "2025-W51"),
        List.of(new ChartSeries("items", List.of(3.0, 0.0, 12.0), hrefs)),
        Chart.Kind.BARS);
  }

  @Test
  void eachBarCarriesItsKeyValueTooltipAndLink() {
    String svg = SvgChart.render(bars("t", List.of("a.html", "", "c.html")));

    assertThat(svg)
        .startsWith(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dp-chart\" id=\"c1\" "
                + "width=\"720\" height=\"240\" viewBox=\"0 0 720 240\" role=\"img\" aria-labelledby=\"c1-title\">");
    assertThat(svg)
        .contains("<a href=\"a.html\"><rect class=\"dp-s0\"")
        .contains("data-key=\"2025-W49\" data-value=\"3\"><title>2025-W49: 3</title></rect></a>")
        .contains("data-key=\"2025-W50\" data-value=\"0\"><title>2025-W50: 0</title></rect>\n")
        .contains("data-key=\"2025-W51\" data-value=\"12\"");
    assertThat(svg).contains("@media (prefers-color-scheme: dark)");
    assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "http:", "https:");
  }

  @Test
  void aLightSeriesIsDrawnInTheLightShadeAndTheOthersInThePalette() {
    Chart chart =
        new Chart(
            "c1",
            "t",
            List.of("k1"),
            List.of(
                ChartSeries.ofCounts("primary", List.of(2L)),
                ChartSeries.ofCounts("mentions", List.of(1L)).asLight()),
            Chart.Kind.BARS);

    String svg = SvgChart.render(chart);

    assertThat(svg)
        .contains("<rect class=\"dp-s0\" x=")
        .contains("<rect class=\"dp-light\" x=")
        .doesNotContain("class=\"dp-s1\"");
  }

  @Test
  void theSameChartGivesTheSameBytes() {
    assertThat(SvgChart.render(bars("t", List.of())))
        .isEqualTo(SvgChart.render(bars("t", List.of())));
  }

  @Test
  void titlesAreEscapedAndBracesBecomeEntities() {
    String svg = SvgChart.render(bars("<b>{{ x }}</b> & {% y %}", List.of()));

    assertThat(svg)
        .contains(
            "<title id=\"c1-title\">&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt; &amp; &#123;% y %&#125;</title>")
        .doesNotContain("{{", "{%");
  }

  @Test
  void theScaleEndsOnARoundNumberAboveTheLargestValue() {
    assertThat(SvgChart.niceStep(12 / 4.0)).isEqualTo(5);
    assertThat(SvgChart.niceStep(0)).isEqualTo(1);
    assertThat(SvgChart.niceStep(0.3)).isEqualTo(0.5);
    assertThat(SvgChart.niceStep(70)).isEqualTo(100);
  }
}
