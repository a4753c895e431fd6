/**
 * How the facts read text, not API: {@link io.devpulse.rules.facts.internal.TextCleaner} turns a
 * title or description into what the rules match (tags apart, code and logs out). It sits under the
 * facts, which build on it, and below the rest of the rules module, which uses it for terms and
 * engagement, so that no package of the module depends on another that depends back on it.
 */
package io.devpulse.rules.facts.internal;
