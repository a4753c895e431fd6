/**
 * How the use cases do their work, not for callers: the index opened for a read with its
 * classification in step with the rule files ({@code CurrentIndex}; classifying is the engine's, in
 * {@code io.devpulse.classify}), the report's configuration read from the rule pack in one place
 * ({@code ReportContexts}, which opens no index), the coverage ledger of imports and syncs, and
 * report and site files on disk.
 */
package io.devpulse.app.internal;
