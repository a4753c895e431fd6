/**
 * Implementation details of the rules module, not API: term-file parsing ({@link
 * io.devpulse.rules.internal.TermFileParser}), the one-pass term matcher ({@link
 * io.devpulse.rules.internal.TermMatcher}, words from {@link io.devpulse.rules.internal.Tokens})
 * and the title/body cleaning behind {@code ItemFact} ({@link
 * io.devpulse.rules.internal.TextCleaner}). Start with TermMatcher if a term does not match as
 * expected.
 */
package io.devpulse.rules.internal;
