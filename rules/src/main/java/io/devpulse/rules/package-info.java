/**
 * Classifies items with Drools rules loaded at run time. Start from {@link
 * io.devpulse.rules.RulePacks#locate} (the {@code --rules} directory, {@code $DEVPULSE_HOME/rules}
 * or the built-in pack), compile the pack once with {@link io.devpulse.rules.RuleCompiler#compile}
 * (errors come back together as a {@link io.devpulse.rules.RuleCompileException} listing {@code
 * file:line:column: message}), then make a {@link io.devpulse.rules.Classifier} and call {@code
 * classify(item, history)} for each item to get a {@link io.devpulse.model.Classification}: sorted
 * topics, a priority and the evidence for both. Pass {@link io.devpulse.rules.History#NONE} without
 * an index, or your own {@link io.devpulse.rules.History}; store results with {@link
 * io.devpulse.rules.RulePack#fingerprint()} to know when they are stale.
 */
package io.devpulse.rules;
