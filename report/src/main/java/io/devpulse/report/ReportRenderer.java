package io.devpulse.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.devpulse.model.PackMessages;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.internal.HtmlEscaper;
import io.devpulse.report.internal.MarkdownEscaper;
import io.devpulse.report.internal.ReleaseView;
import io.devpulse.report.internal.ReportView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes a {@link Report}: JSON through {@link ReportJson}; Markdown and HTML through a Mustache
 * template of the {@link TemplateSet}, where {@code {{name}}} escapes with the format's escaper
 * (Markdown + Liquid for {@code md}, HTML for {@code html}) and {@code {{{name}}}} writes text the
 * view already escaped or trusts. The output depends only on its arguments.
 */
public final class ReportRenderer {
  private ReportRenderer() {}

  /**
   * The report in {@code format} and {@code language}, topics, priorities and reasons in the words
   * of the built-in report bundle and the rules' own names ({@link PackMessages#NONE}).
   */
  public static String render(
      Report report, ReportFormat format, ReportLanguage language, TemplateSet templates) {
    return render(report, format, language, templates, PackMessages.NONE);
  }

  /**
   * The report in {@code format} and {@code language}; {@code phrasing} words the rule pack's
   * rules, topics, priorities and findings ({@link ReportContext#phrasing()}).
   */
  public static String render(
      Report report,
      ReportFormat format,
      ReportLanguage language,
      TemplateSet templates,
      PackMessages phrasing) {
    Objects.requireNonNull(phrasing, "phrasing");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(templates, "templates");
    if (format == ReportFormat.JSON) {
      return ReportJson.write(report);
    }
    UnaryOperator<String> escaper =
        format == ReportFormat.HTML ? HtmlEscaper::escape : MarkdownEscaper::escape;
    Map<String, Object> scope =
        ReportView.of(report, language, templates.messages(language), escaper, phrasing);
    return execute(templates, escaper, templates.templateName(format, language), scope);
  }

  /**
   * A release report as {@code request} says: JSON, or the {@code release.<format>.mustache}
   * template (overridable like the report's: {@code release.<lang>.<format>.mustache} first).
   */
  public static String renderRelease(
      ReleaseReport report, ReleaseReportRequest request, PackMessages phrasing) {
    Objects.requireNonNull(report, "report");
    if (request.format() == ReportFormat.JSON) {
      return ReportJson.writeRelease(report);
    }
    TemplateSet templates = TemplateSet.overriddenBy(request.templatesDir());
    UnaryOperator<String> escaper =
        request.format() == ReportFormat.HTML ? HtmlEscaper::escape : MarkdownEscaper::escape;
    Map<String, Object> scope =
        ReleaseView.of(
            report, request.language(), templates.messages(request.language()), escaper, phrasing);
    String name = templates.templateName("release", request.format(), request.language());
    return execute(templates, escaper, name, scope);
  }

  private static String execute(
      TemplateSet templates,
      UnaryOperator<String> escaper,
      String name,
      Map<String, Object> scope) {
    String text = templates.read(name);
    EscapingFactory factory = new EscapingFactory(templates, escaper);
    StringWriter out = new StringWriter(16 * 1024);
    try {
      Mustache mustache = factory.compile(new StringReader(text), name);
      mustache.execute(out, scope).flush();
    } catch (MustacheException e) {
      throw new UserErrorException("template " + name + ": " + firstLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + name, e);
    }
    return out.toString();
  }

  /**
   * One part of the report: partial {@code part} ({@code attention}: the releases and
   * needs-attention sections) in {@code format} ({@code attention.md.mustache}), with the report's
   * values, for a page that shows it beside other things (the site's repository page).
   */
  public static String renderPart(
      Report report,
      String part,
      ReportFormat format,
      ReportLanguage language,
      TemplateSet templates,
      PackMessages phrasing) {
    if (format == ReportFormat.JSON) {
      throw new IllegalArgumentException("a part of a report is Markdown or HTML, not JSON");
    }
    UnaryOperator<String> escaper =
        format == ReportFormat.HTML ? HtmlEscaper::escape : MarkdownEscaper::escape;
    Map<String, Object> scope =
        ReportView.of(report, language, templates.messages(language), escaper, phrasing);
    return execute(templates, escaper, part + "." + format.key() + ".mustache", scope);
  }

  /** Renders as {@code request} says (format, language, template directory). */
  public static String render(Report report, ReportRequest request) {
    return render(report, request, PackMessages.NONE);
  }

  /**
   * Renders as {@code request} says (format, language, template directory), in the words of {@code
   * phrasing}.
   */
  public static String render(Report report, ReportRequest request, PackMessages phrasing) {
    return render(
        report,
        request.format(),
        request.language(),
        TemplateSet.overriddenBy(request.templatesDir()),
        phrasing);
  }

  private static String firstLine(String message) {
    return message == null ? "cannot compile" : message.lines().findFirst().orElse("");
  }

  /** Resolves partials through the template set and escapes {@code {{x}}} for the output format. */
  private static final class EscapingFactory extends DefaultMustacheFactory {
    private final TemplateSet templates;
    private final UnaryOperator<String> escaper;

    EscapingFactory(TemplateSet templates, UnaryOperator<String> escaper) {
      super(templates::partial);
      this.templates = templates;
      this.escaper = escaper;
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escaper.apply(value));
      } catch (IOException e) {
        throw new MustacheException("cannot write", e);
      }
    }

    @Override
    public String toString() {
      return "mustache over " + templates;
    }
  }
}
