/**
 * Measuring a rule pack against labelled data, for {@link io.devpulse.app.EvaluateRules} ({@code
 * rules eval}): beside the engine, not in it, and read with Jackson like every other JSON devpulse
 * reads. {@link io.devpulse.app.eval.SubjectTruth} reads truth rows {@code {"number", "topics",
 * "ambiguous"}} (a topic marked ambiguous is not scored for that row); {@link
 * io.devpulse.app.eval.TitleTags} turns vLLM's title tags ({@code [ROCm]}, {@code [Doc]}, {@code
 * [Perf]}, {@code [Quantization]}) into truth topics and strips them from the title the rules see;
 * {@link io.devpulse.app.eval.Evaluation#of} compares truth and predictions per topic (precision,
 * recall, F1, support, micro average), renders a Markdown table, and lists the false positives
 * (with the rules' evidence) and false negatives per topic ({@link
 * io.devpulse.app.eval.Evaluation#errorsToMarkdown}). Priorities likewise: {@link
 * io.devpulse.app.eval.PriorityTruth} reads {@code {"number", "priority", "ambiguous"}} rows and
 * {@link io.devpulse.app.eval.PriorityEvaluation} scores exact level, needs attention, critical,
 * the routine items raised and a confusion matrix.
 */
package io.devpulse.app.eval;
