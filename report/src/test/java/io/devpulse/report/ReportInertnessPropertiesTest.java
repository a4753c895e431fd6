package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.report.internal.HtmlEscaper;
import io.devpulse.report.internal.MarkdownEscaper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever a title, body, login or label says, the report stays inert: the Markdown (for Jekyll)
 * and the HTML built from random Unicode mixed with Markdown, HTML and Liquid syntax have exactly
 * the structure of the same report built from plain text — as many lines, tags ({@code <}), quotes,
 * links and table cells — and no Liquid tag but the template's own back link. Escapers: no raw
 * {@code < > { }} and no line break survive, for any string.
 */
@Tag("slow")
class ReportInertnessPropertiesTest {
  private static final String BACK_LINK = "[<< Back to Home]({{ site.baseurl }}/)";
  private static final AtomicLong REPORTS = new AtomicLong();
  private static final AtomicLong STRINGS = new AtomicLong();
  private static final AtomicLong COMPARED = new AtomicLong();

  @AfterContainer
  static void counts() {
    System.out.printf(
        "ReportInertnessPropertiesTest: %d reports (x2 languages x2 formats) from hostile text,"
            + " %d strings through the escapers; %d documents compared with their plain twin, all alike%n",
        REPORTS.get(), STRINGS.get(), COMPARED.get());
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "{{",
            "}}",
            "{%",
            "%}",
            "{{ site.github }}",
            "{% raw %}",
            "<script>",
            "</div>",
            "<img src=x onerror=alert(1)>",
            "\"",
            "'",
            "&",
            "&amp;",
            "&#123;",
            "[x](javascript:a)",
            "![i](http://e/x.png)",
            "|",
            "\n# h\n",
            "\n---\n",
            "\r\n",
            "\u2028",
            "`",
            "```",
            "*",
            "_",
            "~~",
            "$$",
            "\\",
            "<!--",
            "-->",
            "\t",
            "\u0000",
            "\u001b[31m",
            "\uFEFF",
            "中文",
            "🚀",
            "\u202E",
            "> quote",
            "1. ",
            "- ");
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(12);
    return Arbitraries.oneOf(fragments, unicode)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(parts -> "t" + String.join("", parts));
  }

  @Property(tries = 2000)
  void escapersLeaveNoMarkupAndNoLineBreak(@ForAll("hostile") String text) {
    STRINGS.incrementAndGet();
    String md = MarkdownEscaper.escape(text);
    assertThat(md)
        .doesNotContain("<", ">", "{", "}", "\n", "\r", "\u2028", "\u2029")
        .doesNotContainPattern("(?<!\\\\)[\\[\\]`*_|~$]");
    String html = HtmlEscaper.escape(text);
    assertThat(html).doesNotContain("<", ">", "{", "}", "\"", "'");
  }

  @Property
  void hostileTitlesBodiesLoginsAndLabelsDoNotChangeTheReportsStructure(
      @ForAll("hostile") String title,
      @ForAll("hostile") String body,
      @ForAll("hostile") String login,
      @ForAll("hostile") String label)
      throws IOException {
    REPORTS.incrementAndGet();
    Report hostile = report(title, body, login, label);
    Report plain = report("tplain", "tplain", "tplain", "tplain");
    for (ReportLanguage language : ReportLanguage.values()) {
      String md = ReportRenderer.render(hostile, ReportFormat.MD, language, TemplateSet.builtIn());
      String mdPlain =
          ReportRenderer.render(plain, ReportFormat.MD, language, TemplateSet.builtIn());
      assertThat(md).contains(BACK_LINK);
      assertThat(md.replace(BACK_LINK, "")).doesNotContain("{{", "{%", "%}", "}}");
      assertThat(md.lines().count()).as("lines").isEqualTo(mdPlain.lines().count());
      assertThat(count(md, "<")).as("raw <").isEqualTo(count(mdPlain, "<"));
      assertThat(count(md, "(?<!\\\\)\\]\\("))
          .as("links")
          .isEqualTo(count(mdPlain, "(?<!\\\\)\\]\\("));
      assertThat(count(md, "(?<!\\\\)\\|"))
          .as("table cells")
          .isEqualTo(count(mdPlain, "(?<!\\\\)\\|"));
      assertThat(headings(md)).isEqualTo(headings(mdPlain));
      COMPARED.incrementAndGet();

      String html =
          ReportRenderer.render(hostile, ReportFormat.HTML, language, TemplateSet.builtIn());
      String htmlPlain =
          ReportRenderer.render(plain, ReportFormat.HTML, language, TemplateSet.builtIn());
      assertThat(html).doesNotContain("{{", "{%");
      assertThat(count(html, "<")).as("tags").isEqualTo(count(htmlPlain, "<"));
      assertThat(count(html, "\"")).as("attribute quotes").isEqualTo(count(htmlPlain, "\""));
      COMPARED.incrementAndGet();
    }
  }

  private static long count(String text, String regex) {
    return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }

  private static List<String> headings(String md) {
    return md.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceAll("\\s.*", "")).toList();
  }

  /** An index with two items, their comments and classification, all carrying the given text. */
  private static Report report(String title, String body, String login, String label)
      throws IOException {
    Path dir = Files.createTempDirectory("devpulse-inert");
    try {
      Instant t = Instant.parse("2025-12-10T11:30:00Z");
      try (IndexUpdate update = IndexUpdate.open(dir)) {
        for (int k = 0; k < 2; k++) {
          Item item =
              Item.builder(
                      TestIndexes.VLLM, 100 + k, k == 0 ? ItemKind.PULL_REQUEST : ItemKind.ISSUE)
                  .title(title)
                  .body("## Purpose\n" + body)
                  .author(Actor.user(login))
                  .labels(List.of(label))
                  .state(ItemState.OPEN)
                  .createdAt(t.plusSeconds(k))
                  .build();
          Classification c =
              new Classification(
                  List.of("amd-rocm", label),
                  Priority.CRITICAL,
                  List.of(
                      Evidence.priority(Priority.CRITICAL, title, body),
                      Evidence.topic("amd-rocm", login, title)),
                  "test");
          update.put(item, "{}", c);
        }
        update.put(
            new Comment(TestIndexes.VLLM, 1, 100, Actor.user(login), t.plusSeconds(60), null, body),
            "{}");
        update.put(
            new Comment(
                TestIndexes.VLLM,
                2,
                100,
                new Actor(login + "[bot]", ActorType.BOT),
                t.plusSeconds(61),
                null,
                body),
            "{}");
        update.commit(Map.of());
      }
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        return ReportBuilder.build(
            index,
            ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
                .withProjectName("vLLM")
                .withZone(ZoneId.of("Asia/Shanghai")),
            TestIndexes.CONTEXT);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
