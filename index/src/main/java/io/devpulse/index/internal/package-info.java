/**
 * How the index is laid out, not for use outside this module. Start from {@link
 * io.devpulse.index.internal.IndexFields} (every field name and how each kind of field is written),
 * then {@link io.devpulse.index.internal.ItemDocuments} (item to document and back; comments and
 * reviews have their own {@code ...Documents}), {@link io.devpulse.index.internal.IndexAnalyzers}
 * (text analysis, CJK bigrams), {@link io.devpulse.index.internal.ItemQueryParser} with {@link
 * io.devpulse.index.internal.DateBounds} (the user's query syntax), {@link
 * io.devpulse.index.internal.CountByCollector} (counts from doc values) and {@link
 * io.devpulse.index.internal.KnownVersions} (the older-copy-never-wins check of a writing session).
 */
package io.devpulse.index.internal;
