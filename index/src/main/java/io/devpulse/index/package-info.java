/**
 * The project's history in an embedded Lucene index. To write, open an {@link
 * io.devpulse.index.IndexUpdate} on the directory {@link io.devpulse.index.IndexLocation#resolve}
 * picks, {@code put} items, comments and reviews with their GitHub JSON (an older copy never
 * replaces a newer one), and {@code commit}; closing without a commit rolls the session back. To
 * read, open a {@link io.devpulse.index.HistoryIndex}: {@code search} takes Lucene's classic query
 * syntax over the fields {@code kind state merged draft bot number title body text label(s) author
 * author_type created updated closed comments topic priority fingerprint repo} — what users type —
 * or an {@link io.devpulse.index.ItemQuery} built in code ({@code
 * ItemQuery.topic("docs").and(...)}, never a query string pieced together), and returns {@link
 * io.devpulse.index.IndexedItem}s; {@code countBy} groups matching items by a {@link
 * io.devpulse.index.CountBy} dimension from doc values; {@code stats}, {@code comments} and {@code
 * reviews} feed reports. Mistakes in user input are {@link io.devpulse.model.UserErrorException}s
 * ({@link io.devpulse.index.BadQueryException}, {@link io.devpulse.index.IndexInUseException}); I/O
 * failures are {@link java.io.UncheckedIOException}s.
 */
package io.devpulse.index;
