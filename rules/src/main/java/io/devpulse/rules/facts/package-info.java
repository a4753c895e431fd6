/**
 * The facts rule authors write rules about. Inputs: {@link io.devpulse.rules.facts.ItemFact} (the
 * item with cleaned title, tags, body, labels, author, paths), {@link
 * io.devpulse.rules.facts.TermHit} and {@link io.devpulse.rules.facts.TermCount} (term-list
 * matches, found once per item in Java), {@link io.devpulse.rules.facts.AuthorHistory} and {@link
 * io.devpulse.rules.facts.LabelHistory} (only with a history), {@link
 * io.devpulse.rules.facts.Engagement} (comments, commenters, "same problem" reports, reactions, the
 * first maintainer answer, the other items marked duplicates, from what the index holds), {@link
 * io.devpulse.rules.facts.ActorFact} (for bot rules). Outputs a rule inserts: {@link
 * io.devpulse.rules.facts.TopicHit}, {@link io.devpulse.rules.facts.PriorityHit}, {@link
 * io.devpulse.rules.facts.BotVerdict}. Import them all in a DRL file with {@code import
 * io.devpulse.rules.facts.*;} and start by reading the built-in {@code topics.drl}.
 */
package io.devpulse.rules.facts;
