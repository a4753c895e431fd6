/**
 * How the use cases do their work, not for callers: the rules' history read from the index ({@code
 * IndexHistory} per item, {@code HistorySnapshot} once for a whole reclassification), the index opened
 * with a current classification ({@code CurrentIndex}), bot verdicts per account ({@code AccountJudge}),
 * the keys of the index's commit data ({@code CommitKeys}) and report files on disk ({@code ReportFiles}).
 */
package io.devpulse.app.internal;
