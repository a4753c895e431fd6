/**
 * The report: what happened in one repository over one time window, built from the history index
 * and the rules' classifications, written as Markdown (for Jekyll), JSON or a standalone HTML page,
 * in Chinese or English. Start with {@link io.devpulse.model.Window#parse} for the command line's
 * window options, put what the user asked in a {@link io.devpulse.report.ReportRequest} ({@code
 * ReportRequest.of(repo, window)} and its {@code with} methods), call {@link
 * io.devpulse.report.ReportBuilder#build} with an open {@link io.devpulse.index.HistoryIndex} and
 * the {@link io.devpulse.report.ReportContext} the application derived (bots, the rule pack's focus
 * topic, coverage) to get a {@link io.devpulse.report.Report} (plain records, one per section,
 * language-free), and {@link io.devpulse.report.ReportRenderer#render} to turn it into text; {@link
 * io.devpulse.report.ReportJson} documents the JSON schema and {@link
 * io.devpulse.report.TemplateSet} where the Mustache templates and {@code ReportMessages} wording
 * come from and how a directory overrides them.
 */
package io.devpulse.report;
