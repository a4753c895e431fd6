package io.devpulse.report;

import java.util.List;

/**
 * Comments in the window and the items they went to.
 *
 * @param comments all comments created in the window
 * @param humanComments those by people
 * @param botComments those by bots (GitHub's verdict or the bot list)
 * @param discussions items with human comments, most human comments first (then most commenters,
 *     then newest number), at most five
 * @param botOnly items whose window comments all came from bots, most first, at most five
 * @param bots every bot that commented in the window, sorted
 * @param commentsFetched whether the index holds the window's comments (synced or imported); when
 *     not, the counts are zero for want of data, and the report says so
 */
public record HotDiscussions(
    int comments,
    int humanComments,
    int botComments,
    List<Discussion> discussions,
    List<Discussion> botOnly,
    List<String> bots,
    boolean commentsFetched) {
  public HotDiscussions {
    discussions = List.copyOf(discussions);
    botOnly = List.copyOf(botOnly);
    bots = List.copyOf(bots);
  }
}
