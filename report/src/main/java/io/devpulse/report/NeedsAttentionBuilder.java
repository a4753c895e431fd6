package io.devpulse.report;

import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemKey;
import io.devpulse.index.ItemQuery;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Actor;
import io.devpulse.model.Association;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Classification;
import io.devpulse.model.Coverage;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.MaintainerAnswer;
import io.devpulse.model.Priority;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Builds the needs-attention section: what waits on a maintainer at the window's end.
 *
 * <ul>
 *   <li>Unanswered: issues open at the window's end (created before it, not closed before it) that
 *       the rules rank critical or high, not opened by a maintainer themselves, without a comment
 *       from a maintainer ({@link Association}: OWNER, MEMBER or COLLABORATOR, not the author)
 *       before the window's end. Waiting since their creation.
 *   <li>Awaiting review: pull requests open at the window's end, not drafts, created longer than
 *       {@link ReportRequest#reviewWaitOr the review wait} before it, without a submitted review by
 *       a person (not a bot, not the author) before it. A comment is not a review. Only where the
 *       index holds the reviews; else null and the report says "not fetched".
 *   <li>Regressions: per repository, issues open at the window's end, opened since its latest
 *       release ({@link RegressionReports#latest}), that report a regression naming it ({@link
 *       RegressionReports}).
 * </ul>
 *
 * A few queries per list and repository, deciding on doc values (keys, the comments' authors and
 * associations, the reviews' authors) without loading an item, a comment or a review; then only the
 * items shown are loaded. So the cost grows with the open items, not with their text or comments.
 * Depends only on the index and the request.
 */
final class NeedsAttentionBuilder {
  /** How many items each list shows; the rest are counted. */
  static final int LIMIT = 10;

  /** The priorities whose open issues wait on a maintainer's answer, most urgent first. */
  private static final List<Priority> URGENT = List.of(Priority.CRITICAL, Priority.HIGH);

  /** After any time a record may carry: "closed after the window's end" reaches to here. */
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private final HistoryIndex index;
  private final List<Repository> repos;
  private final Window window;
  private final Duration reviewWait;
  private final Coverage coverage;
  private final BotPolicy bots;
  private final BiFunction<Item, Classification, ItemRef> ref;

  NeedsAttentionBuilder(
      HistoryIndex index,
      ReportRequest request,
      ReportContext context,
      BiFunction<Item, Classification, ItemRef> ref) {
    this.index = index;
    this.repos = request.repositories();
    this.window = request.window();
    this.reviewWait = request.reviewWaitOr(context.reviewWait());
    this.coverage = context.coverage();
    this.bots = context.bots();
    this.ref = ref;
  }

  /** One item a list considers, with how long it has waited. */
  private record Candidate(IndexedItem indexed, Instant since, long minutes) {
    Item item() {
      return indexed.item();
    }

    int rank() {
      Classification c = indexed.classification();
      return c == null ? Priority.NORMAL.ordinal() : c.priority().ordinal();
    }
  }

  private static final Comparator<Candidate> LONGEST_WAITING =
      Comparator.comparing(Candidate::since)
          .thenComparing(c -> c.item().repository().fullName())
          .thenComparingInt(c -> c.item().number());

  NeedsAttention build(Map<Repository, List<Release>> releases) {
    Instant end = window.to();
    boolean commentsFetched = coverage.holds(Coverage.Stream.COMMENTS, window).isPresent();
    boolean reviewsFetched = coverage.holds(Coverage.Stream.REVIEWS, window).isPresent();

    List<Candidate> unanswered = new ArrayList<>();
    int unansweredCount = 0;
    if (commentsFetched) {
      // Decided on keys and the comments' doc values, counted without loading: only the first
      // LIMIT of all repositories can be shown, so only they are read.
      record Unanswered(Priority priority, ItemKey key, Repository repository) {}
      List<Unanswered> found = new ArrayList<>();
      for (Repository r : repos) {
        for (Priority p : URGENT) {
          List<ItemKey> open =
              index.keys(openQuery(ItemKind.ISSUE, end, ItemQuery.priority(p)), r).stream()
                  .filter(k -> !Association.isMaintainer(k.authorAssociation()))
                  .toList();
          Map<Integer, List<Actor>> maintainers =
              index.commentersBefore(
                  r, open.stream().map(ItemKey::number).toList(), end, Association.MAINTAINERS);
          for (ItemKey k : open) {
            if (!answeredByAnother(
                k.authorLogin(), maintainers.getOrDefault(k.number(), List.of()))) {
              found.add(new Unanswered(p, k, r));
            }
          }
        }
      }
      found.sort(
          Comparator.comparing(Unanswered::priority)
              .thenComparing(u -> u.key().createdAtOrNull())
              .thenComparing(u -> u.repository().fullName())
              .thenComparingInt(u -> u.key().number()));
      unansweredCount = found.size();
      for (Unanswered u : found.subList(0, Math.min(LIMIT, found.size()))) {
        index
            .item(u.repository(), u.key().number())
            .ifPresent(i -> unanswered.add(candidate(i, end)));
      }
    }

    List<Candidate> awaiting = new ArrayList<>();
    int awaitingCount = 0;
    if (reviewsFetched) {
      Instant createdBy = end.minus(reviewWait);
      for (Repository r : repos) {
        // Decided on keys (doc values), counted without loading: of a repository's open pull
        // requests, only the first LIMIT waiting ones can be shown, so only they are read.
        List<ItemKey> open =
            index.keys(
                openQuery(
                    ItemKind.PULL_REQUEST,
                    end,
                    ItemQuery.between(DateField.CREATED, Instant.EPOCH, createdBy)),
                r);
        Map<Integer, List<Actor>> reviewers =
            index.reviewersBefore(r, open.stream().map(ItemKey::number).toList(), end);
        List<ItemKey> waiting =
            open.stream()
                .filter(
                    k ->
                        !k.draft()
                            && !reviewedByAnother(
                                k.authorLogin(), reviewers.getOrDefault(k.number(), List.of())))
                .toList();
        awaitingCount += waiting.size();
        for (ItemKey k : waiting.subList(0, Math.min(LIMIT, waiting.size()))) {
          index.item(r, k.number()).ifPresent(i -> awaiting.add(candidate(i, end)));
        }
      }
      awaiting.sort(LONGEST_WAITING);
    }

    List<ReleaseRef> latest = new ArrayList<>();
    List<ReasonedItem> regressions = new ArrayList<>();
    record Regression(Candidate candidate, List<Evidence> reasons) {}
    List<Regression> found = new ArrayList<>();
    for (Repository r : repos) {
      Release release =
          RegressionReports.latest(releases.getOrDefault(r, List.of()), end).orElse(null);
      if (release == null) {
        continue;
      }
      latest.add(ReleaseRefs.of(release));
      ItemQuery since = ItemQuery.between(DateField.CREATED, release.publishedAtOrNull(), end);
      for (Candidate c : openAtEnd(r, ItemKind.ISSUE, end, since)) {
        List<Evidence> reasons = RegressionReports.reasons(c.indexed().classification());
        if (!reasons.isEmpty() && RegressionReports.namesVersion(c.item(), release.version())) {
          found.add(new Regression(c, reasons));
        }
      }
    }
    found.sort(
        Comparator.comparing(Regression::candidate, Comparator.comparingInt(Candidate::rank))
            .thenComparing(Regression::candidate, LONGEST_WAITING));
    for (Regression g : found) {
      regressions.add(new ReasonedItem(refOf(g.candidate()), g.reasons()));
    }

    return new NeedsAttention(
        end,
        commentsFetched,
        waiting(unanswered),
        Math.max(0, unansweredCount - LIMIT),
        reviewsFetched,
        reviewWait.toHours(),
        waiting(awaiting),
        Math.max(0, awaitingCount - LIMIT),
        latest,
        regressions);
  }

  private List<WaitingItem> waiting(List<Candidate> candidates) {
    return candidates.stream()
        .limit(LIMIT)
        .map(c -> new WaitingItem(refOf(c), c.since(), c.minutes()))
        .toList();
  }

  private ItemRef refOf(Candidate c) {
    return ref.apply(c.item(), c.indexed().classification());
  }

  /**
   * Whether a maintainer other than the issue's author answered it, as {@link MaintainerAnswer}
   * defines it: {@code maintainers} are the authors of its comments before the window's end whose
   * association is a maintainer's; a bot's comment does not answer.
   */
  private boolean answeredByAnother(String authorLogin, List<Actor> maintainers) {
    for (Actor maintainer : maintainers) {
      if (!bots.isBot(maintainer) && !maintainer.login().equalsIgnoreCase(authorLogin)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person other than the pull request's author submitted a review of it: {@code
   * reviewers} are the authors of its submitted reviews before the window's end.
   */
  private boolean reviewedByAnother(String authorLogin, List<Actor> reviewers) {
    for (Actor reviewer : reviewers) {
      if (!bots.isBot(reviewer) && !reviewer.login().equalsIgnoreCase(authorLogin)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Items of {@code repository} and {@code kind} matching {@code also}, created before {@code end}
   * and not closed before it: open at the window's end, whatever happened after.
   */
  private List<Candidate> openAtEnd(
      Repository repository, ItemKind kind, Instant end, ItemQuery also) {
    ItemQuery query = openQuery(kind, end, also);
    SearchOptions options = new SearchOptions(repository, "created", false, 1000);
    SearchResult result = index.search(query, options);
    if (result.totalHits() > result.items().size()) {
      int all = (int) Math.min(Integer.MAX_VALUE - 8, result.totalHits());
      result = index.search(query, new SearchOptions(repository, "created", false, all));
    }
    List<Candidate> out = new ArrayList<>();
    for (IndexedItem i : result.items()) {
      out.add(candidate(i, end));
    }
    return out;
  }

  /** Items of {@code kind} matching {@code also}, created before {@code end}, not closed before. */
  private static ItemQuery openQuery(ItemKind kind, Instant end, ItemQuery also) {
    return ItemQuery.kind(kind)
        .and(ItemQuery.between(DateField.CREATED, Instant.EPOCH, end))
        .and(ItemQuery.state(ItemState.OPEN).or(ItemQuery.between(DateField.CLOSED, end, LATEST)))
        .and(also);
  }

  /** An item waiting since its creation. */
  private static Candidate candidate(IndexedItem i, Instant end) {
    Instant since = i.item().createdAt();
    return new Candidate(i, since, Duration.between(since, end).toMinutes());
  }
}
