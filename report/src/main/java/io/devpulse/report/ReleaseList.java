package io.devpulse.report;

import java.util.List;

/**
 * The releases published in the window (not drafts), oldest first.
 *
 * @param releasesFetched whether the index holds the repositories' releases up to the window's end
 *     (a sync listed them, or files were imported); false: {@code published} is empty, null in the
 *     JSON
 * @param releasesSynced whether a sync listed every release after the window's end: the list is
 *     proven complete
 */
public record ReleaseList(
    boolean releasesFetched, boolean releasesSynced, List<ReleaseRef> published) {
  public ReleaseList {
    published = List.copyOf(published);
  }
}
