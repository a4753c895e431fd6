/**
 * How the engine works, not for callers: the history of earlier items per author and label ({@code
 * LiveHistory}, keyed by {@code HistoryKeys}).
 */
package io.devpulse.classify.internal;
