/**
 * Measuring a rule pack against labelled data. {@link io.devpulse.rules.eval.TitleTags} turns vLLM's title
 * tags ({@code [ROCm]}, {@code [Doc]}, {@code [Perf]}, {@code [Quantization]}) into truth topics and strips
 * them from the title the rules see; {@link io.devpulse.rules.eval.Evaluation#of} compares truth and
 * predictions per topic (precision, recall, F1, support, micro average) and renders a Markdown table.
 */
package io.devpulse.rules.eval;
