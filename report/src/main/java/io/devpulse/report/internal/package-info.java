/**
 * How the report is written, not part of the API: {@link io.devpulse.report.internal.ReportView}
 * turns a report into the values templates see, escaping sentences with {@link
 * io.devpulse.report.internal.MarkdownEscaper} (which includes {@link
 * io.devpulse.report.internal.LiquidEscaper}) or {@link io.devpulse.report.internal.HtmlEscaper};
 * {@link io.devpulse.report.internal.BodyExtract} finds the gist of a body, {@link
 * io.devpulse.report.internal.Bots} tells bots from people and {@link
 * io.devpulse.report.internal.Messages} fills in message patterns.
 */
package io.devpulse.report.internal;
