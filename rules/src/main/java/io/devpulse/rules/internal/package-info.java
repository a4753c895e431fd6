/**
 * Implementation details of the rules module, not API: term-file parsing ({@link
 * io.devpulse.rules.internal.TermFileParser}), the one-pass term matcher ({@link
 * io.devpulse.rules.internal.TermMatcher}, words from {@link io.devpulse.rules.internal.Tokens}),
 * and how stored term hits are encoded. The title/body cleaning behind the facts is in {@code
 * rules.facts.internal}. Start with TermMatcher if a term does not match as expected.
 */
package io.devpulse.rules.internal;
