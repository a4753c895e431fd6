/**
 * How the use cases do their work, not for callers: the rules' history read from the index ({@code
 * IndexHistory} per item for dry runs), the classification of a unit of work made independent of batches and
 * arrival order ({@code BatchClassification}, {@code ClassificationPass}, {@code LiveHistory},
 * {@code HistoryFacts}), the index opened
 * with a current classification ({@code CurrentIndex}), bot verdicts per account ({@code AccountJudge}),
 * the keys of the index's commit data ({@code CommitKeys}) and report files on disk ({@code ReportFiles}).
 */
package io.devpulse.app.internal;
