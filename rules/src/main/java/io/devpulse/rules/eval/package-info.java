/**
 * Measuring a rule pack against labelled data. {@link io.devpulse.rules.eval.SubjectTruth} reads truth rows
 * {@code {"number", "topics", "ambiguous"}} (a topic marked ambiguous is not scored for that row);
 * {@link io.devpulse.rules.eval.TitleTags} turns vLLM's title tags ({@code [ROCm]}, {@code [Doc]},
 * {@code [Perf]}, {@code [Quantization]}) into truth topics and strips them from the title the rules see;
 * {@link io.devpulse.rules.eval.Evaluation#of} compares truth and predictions per topic (precision, recall,
 * F1, support, micro average), renders a Markdown table, and lists the false positives (with the rules'
 * evidence) and false negatives per topic ({@link io.devpulse.rules.eval.Evaluation#errorsToMarkdown}).
 */
package io.devpulse.rules.eval;
