/**
 * Reads what the GitHub REST API returns, as saved by {@code curl} or {@code gh api}, into the
 * model's records. Start from {@link io.devpulse.github.GithubFileReader}: open a file (or a
 * stream) with {@link io.devpulse.github.ReadOptions} (fallback repository, forced {@link
 * io.devpulse.github.RecordType}, skip bad records) and call {@code next()} until it is empty; each
 * {@link io.devpulse.github.ParsedRecord} holds an item, comment or review, the record's compact
 * JSON and its {@link io.devpulse.github.SourcePosition}, and every problem with the input is a
 * one-line {@link io.devpulse.github.BadInputException}. The other classes are package-private:
 * {@code RecordShape} tells a record's type, {@code ItemJson}, {@code CommentJson} and {@code
 * ReviewJson} map one kind each, and {@code LineRecordSource} (JSON Lines) and {@code
 * StreamRecordSource} (arrays, pages, single objects) split the input into records.
 *
 * <p>To read the live API, start from {@link io.devpulse.github.GithubClient} (build it with the
 * API URL and a {@link io.devpulse.github.TokenSource}; {@code get} returns an {@link
 * io.devpulse.github.ApiPage} whose {@code readRecords} uses the same reader, with the URL as the
 * name), {@link io.devpulse.github.GithubEndpoints} for the lists a sync reads, a {@link
 * io.devpulse.github.PageWalk} per listing to follow its {@code next} links without looping or
 * paging without end, and {@link io.devpulse.github.SyncCheckpoint} for what a sync keeps in the
 * index's commit user data; {@link io.devpulse.github.RateLimit}, {@link
 * io.devpulse.github.RetryPolicy} and {@link io.devpulse.github.Sleeper} decide and perform the
 * waits, and every failure is a one-line {@link io.devpulse.github.GithubApiException} naming the
 * URL, never the token. Whatever a server sends is treated as hostile: each request is bounded in
 * time (body included) and size, header values are clamped, and the token a server echoes is masked
 * in messages and records ({@code Redaction}).
 */
package io.devpulse.github;
