package io.devpulse.report;

import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemQuery;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Coverage;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.MatchedTerm;
import io.devpulse.model.Priority;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import io.devpulse.model.Window;
import io.devpulse.report.internal.BodyExtract;
import io.devpulse.report.internal.DisplayTitle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Builds a {@link Report} for one repository and window from the index and the classifications
 * stored in it. A build runs a handful of queries, however large the history: one for the items
 * created, closed or merged in the window, one for the window's comments, one for the oldest item,
 * one {@code countBy} per earlier trend window, one count per distinct contributor (first-time
 * check), one review lookup per new pull request and one item lookup per discussed item outside the
 * window. The result depends only on the index and the request: orders are total (ties broken by
 * number), nothing reads the clock.
 */
public final class ReportBuilder {
  static final int DISCUSSION_LIMIT = 5;
  static final int KEY_CHANGE_LIMIT = 5;
  static final int NOTEWORTHY_LIMIT = 10;
  static final int EXAMPLE_LIMIT = 3;
  static final int SUMMARY_LIMIT = 3;
  static final int MENTION_LIMIT = 5;

  /** How many earlier windows of the same length the summary's activity is judged against. */
  static final int ACTIVITY_WINDOWS = 28;

  static final int MAIN_LINES = 2;
  static final int MAIN_LINE_ITEMS = 2;

  /** How many terms the AMD/ROCm section names for its list (with the list's size). */
  static final int AMD_TERMS = 5;

  private static final int FIRST_FETCH = 1000;

  private final HistoryIndex index;
  private final ReportRequest request;
  private final ReportContext context;

  /**
   * The repository the index queries are limited to; null in a roll-up, whose queries name its
   * repositories.
   */
  private final Repository repo;

  private final List<Repository> repos;
  private final boolean rollUp;
  private final Window window;
  private final BotPolicy bots;

  /** The topic of the AMD/ROCm section; null: none. */
  private final String focusTopic;

  private ReportBuilder(HistoryIndex index, ReportRequest request, ReportContext context) {
    this.index = Objects.requireNonNull(index, "index");
    this.request = Objects.requireNonNull(request, "request");
    this.context = Objects.requireNonNull(context, "context");
    this.repos = request.repositories();
    this.rollUp = request.isRollUp();
    this.repo = rollUp ? null : request.repository();
    this.window = request.window();
    this.bots = context.bots();
    this.focusTopic = context.focusTopicOrNull();
  }

  /**
   * The report on {@code request.repositories()} over {@code request.window()}: one repository's
   * report, or a roll-up whose every section covers all of them, judged against {@code context}.
   */
  public static Report build(HistoryIndex index, ReportRequest request, ReportContext context) {
    return new ReportBuilder(index, request, context).build();
  }

  /** An item's identity across repositories: everything keyed by item number is keyed by this. */
  private record Key(String repository, int number) implements Comparable<Key> {
    static Key of(Item i) {
      return new Key(i.repository().fullName(), i.number());
    }

    static Key of(Comment c) {
      return new Key(c.repository().fullName(), c.itemNumber());
    }

    /** By repository, then number: a single repository's order is by number, as before roll-ups. */
    @Override
    public int compareTo(Key o) {
      int c = repository.compareTo(o.repository);
      return c != 0 ? c : Integer.compare(number, o.number);
    }

    // Written out: a record's generated equals and hashCode set up method handles on first use,
    // which the
    // launcher's start-up cache cannot keep, and every report hashes this key first thing.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && number == k.number && repository.equals(k.repository);
    }

    @Override
    public int hashCode() {
      return 31 * repository.hashCode() + number;
    }
  }

  /**
   * One window item: the indexed item, its classification (or null) and how the report shows it.
   */
  private record Entry(Item item, Classification classification, ItemRef ref) {
    Key key() {
      return Key.of(item);
    }

    int rank() {
      return classification == null
          ? Priority.NORMAL.ordinal()
          : classification.priority().ordinal();
    }

    List<String> topics() {
      return classification == null ? List.of() : classification.topics();
    }

    List<Evidence> priorityReasons() {
      return classification == null ? List.of() : classification.priorityReasons();
    }

    List<Evidence> topicEvidence() {
      return classification == null
          ? List.of()
          : classification.evidence().stream()
              .filter(e -> e.kind() == Evidence.Kind.TOPIC)
              .toList();
    }
  }

  /** Ties between equal numbers of different repositories (roll-ups only): by repository. */
  private static final Comparator<Entry> BY_REPOSITORY =
      Comparator.comparing(e -> e.item().repository().fullName());

  /** Most urgent first; unclassified items count as normal; ties newest number first. */
  private static final Comparator<Entry> URGENCY =
      Comparator.comparingInt(Entry::rank)
          .thenComparing(e -> -e.item().number())
          .thenComparing(BY_REPOSITORY);

  private Report build() {
    Map<Repository, List<Release>> releases = releases();
    List<Entry> items = windowItems();
    Map<Key, List<Comment>> comments = commentsByItem();

    List<Entry> newIssues =
        select(items, i -> i.isIssue() && window.contains(i.createdAt()), Item::createdAt);
    List<Entry> closedIssues =
        select(items, i -> i.isIssue() && window.contains(i.closedAt()), Item::closedAt);
    List<Entry> newPulls =
        select(items, i -> i.isPullRequest() && window.contains(i.createdAt()), Item::createdAt);
    List<Entry> mergedPulls =
        select(items, i -> i.isPullRequest() && window.contains(i.mergedAt()), Item::mergedAt);
    List<Entry> closedUnmerged =
        select(items, i -> i.isClosedUnmerged() && window.contains(i.closedAt()), Item::closedAt);

    Stats stats =
        new Stats(
            newIssues.size(),
            closedIssues.size(),
            newPulls.size(),
            mergedPulls.size(),
            closedUnmerged.size());
    Noteworthy noteworthy = noteworthy(items);
    Trends trends = trends(items);
    Summary summary =
        new Summary(
            trends.topics().stream()
                .filter(t -> t.count() > 0)
                .limit(SUMMARY_LIMIT)
                .map(t -> new TopicCount(t.topic(), t.count(), t.mentions()))
                .toList(),
            noteworthy.items().stream().limit(SUMMARY_LIMIT).map(ReasonedItem::item).toList(),
            activityLevel(items.size()),
            mainLines(items),
            noteworthy.items().isEmpty() ? null : noteworthy.items().get(0));
    List<Report.RepositoryStats> byRepository = null;
    if (rollUp) {
      byRepository = new ArrayList<>();
      for (Repository r : repos) {
        Predicate<Entry> of = e -> e.item().repository().equals(r);
        byRepository.add(
            new Report.RepositoryStats(
                r.fullName(),
                new Stats(
                    (int) newIssues.stream().filter(of).count(),
                    (int) closedIssues.stream().filter(of).count(),
                    (int) newPulls.stream().filter(of).count(),
                    (int) mergedPulls.stream().filter(of).count(),
                    (int) closedUnmerged.stream().filter(of).count())));
      }
    }
    return new Report(
        header(),
        stats,
        byRepository,
        WindowCoverage.of(context.coverage(), window, heldFrom()),
        summary,
        amd(items, newIssues.size(), newPulls.size()),
        hotDiscussions(items, comments),
        trends,
        keyChanges(items, comments),
        activity(items, newPulls, comments),
        noteworthy,
        new Appendix(
            refs(newIssues),
            refs(closedIssues),
            refs(newPulls),
            refs(mergedPulls),
            refs(closedUnmerged)),
        releasesInWindow(releases),
        new NeedsAttentionBuilder(index, request, context, this::ref).build(releases));
  }

  /** The releases the index holds of each repository of the report. */
  private Map<Repository, List<Release>> releases() {
    Map<Repository, List<Release>> byRepository = new LinkedHashMap<>();
    for (Repository r : repos) {
      byRepository.put(r, index.releases(r));
    }
    return byRepository;
  }

  private ReleaseList releasesInWindow(Map<Repository, List<Release>> releases) {
    Optional<Coverage.Source> held = context.coverage().holdsReleasesBefore(window.to());
    List<ReleaseRef> published =
        releases.values().stream()
            .flatMap(List::stream)
            .filter(r -> !r.draft() && window.contains(r.publishedAtOrNull()))
            .sorted(
                Comparator.comparing(Release::publishedAtOrNull)
                    .thenComparing(r -> r.repository().fullName())
                    .thenComparingLong(Release::id))
            .map(ReleaseRefs::of)
            .toList();
    return new ReleaseList(
        held.isPresent(), held.orElse(null) == Coverage.Source.SYNCED, published);
  }

  private ReportHeader header() {
    LocalDate date = LocalDate.ofInstant(window.to().minus(1, ChronoUnit.NANOS), request.zone());
    List<String> names = repos.stream().map(Repository::fullName).toList();
    return new ReportHeader(
        String.join(" + ", names),
        request.projectName(),
        window.from(),
        window.to(),
        request.zone().getId(),
        date.toString(),
        rollUp ? names : null);
  }

  // ---- queries
  // -------------------------------------------------------------------------------------

  /** The times that make an item active in a window (see {@link #activeIn}). */
  private static final Set<DateField> ACTIVE_DATES =
      Collections.unmodifiableSet(
          EnumSet.of(DateField.CREATED, DateField.CLOSED, DateField.MERGED));

  /** Items created, closed or merged in {@code w}. */
  static ItemQuery activeIn(Window w) {
    return ItemQuery.between(DateField.CREATED, w.from(), w.to())
        .or(ItemQuery.between(DateField.CLOSED, w.from(), w.to()))
        .or(ItemQuery.between(DateField.MERGED, w.from(), w.to()));
  }

  /**
   * {@code query} limited to the roll-up's repositories (a single repository's queries pass {@link
   * #repo}).
   */
  private ItemQuery scoped(ItemQuery query) {
    return rollUp ? query.and(ItemQuery.anyRepository(repos)) : query;
  }

  private List<Entry> windowItems() {
    ItemQuery query = scoped(activeIn(window));
    SearchResult result =
        index.search(query, new SearchOptions(repo, "created", true, FIRST_FETCH));
    if (result.totalHits() > result.items().size()) {
      int all = (int) Math.min(Integer.MAX_VALUE - 8, result.totalHits());
      result = index.search(query, new SearchOptions(repo, "created", true, all));
    }
    List<Entry> entries = new ArrayList<>(result.items().size());
    for (IndexedItem indexed : result.items()) {
      entries.add(entry(indexed));
    }
    return entries;
  }

  private Entry entry(IndexedItem indexed) {
    return new Entry(
        indexed.item(), indexed.classification(), ref(indexed.item(), indexed.classification()));
  }

  /** How the report shows {@code item}: labelled with its repository in a roll-up. */
  private ItemRef ref(Item item, Classification c) {
    ItemRef ref = ref0(item, c);
    return !rollUp
        ? ref
        : new ItemRef(
            ref.number(),
            ref.kind(),
            ref.title(),
            ref.url(),
            ref.author(),
            ref.labels(),
            ref.state(),
            ref.createdAt(),
            ref.closedAt(),
            ref.mergedAt(),
            ref.topics(),
            ref.priority(),
            item.repository().fullName(),
            ref.primary(),
            ref.findings());
  }

  static ItemRef ref0(Item item, Classification c) {
    String url =
        "https://github.com/"
            + item.repository().fullName()
            + (item.isPullRequest() ? "/pull/" : "/issues/")
            + item.number();
    String state = item.isMerged() ? "merged" : item.state().key();
    // Titles as a reader sees them: hidden characters out, at most 300 characters, in every format.
    return new ItemRef(
        item.number(),
        item.kind().key(),
        DisplayTitle.of(item.title()),
        url,
        item.author().login(),
        item.labels(),
        state,
        item.createdAt(),
        item.closedAt(),
        item.mergedAt(),
        c == null ? List.of() : c.topics(),
        c == null ? null : c.priority(),
        null,
        c == null || c.primary().isEmpty() ? null : c.primary(),
        c == null ? List.of() : c.findings());
  }

  private Map<Key, List<Comment>> commentsByItem() {
    Map<Key, List<Comment>> byItem = new TreeMap<>();
    for (Repository r : repos) {
      for (Comment c : index.comments(r, window.from(), window.to())) {
        byItem.computeIfAbsent(Key.of(c), n -> new ArrayList<>()).add(c);
      }
    }
    return byItem;
  }

  private static List<Entry> select(
      List<Entry> items, Predicate<Item> in, Function<Item, Instant> time) {
    return items.stream()
        .filter(e -> in.test(e.item()))
        .sorted(
            Comparator.comparing((Entry e) -> time.apply(e.item()))
                .reversed()
                .thenComparing(e -> -e.item().number())
                .thenComparing(BY_REPOSITORY))
        .toList();
  }

  private static List<ItemRef> refs(List<Entry> entries) {
    return entries.stream().map(Entry::ref).toList();
  }

  // ---- sections
  // ------------------------------------------------------------------------------------

  /**
   * The window's item count against the earlier windows of its length that the index holds (at most
   * {@link #ACTIVITY_WINDOWS}, counted as {@link #activeIn} in one pass over them all).
   */
  private ActivityLevel activityLevel(int count) {
    Instant oldest = context.coverage().known() ? null : oldestCreated(ACTIVITY_WINDOWS);
    List<Window> held = new ArrayList<>();
    for (Window w : window.previous(ACTIVITY_WINDOWS)) {
      if (held(w, oldest).isPresent()) {
        held.add(w);
      }
    }
    List<Integer> earlier = new ArrayList<>(held.size());
    for (long n : index.countInWindows(scoped(ItemQuery.all()), repo, ACTIVE_DATES, held)) {
      earlier.add((int) n);
    }
    return ActivityLevel.judge(count, earlier);
  }

  /**
   * The topic an item counts under in the summary's main lines: its primary topic (none when the
   * rules gave none), so each item leads the line of what it is mainly about.
   */
  private static List<String> mainTopics(Entry e) {
    return e.ref().primary() == null ? List.of() : List.of(e.ref().primary());
  }

  /**
   * The main lines of work: topics by their number of window items (ties: more urgent items, then
   * name), each led by its most urgent items not already leading an earlier line; at most {@link
   * #MAIN_LINES} lines of at most {@link #MAIN_LINE_ITEMS} items.
   */
  private List<MainLine> mainLines(List<Entry> items) {
    Map<String, List<Entry>> byTopic = new TreeMap<>();
    for (Entry e : items) {
      for (String topic : mainTopics(e)) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(e);
      }
    }
    List<Map.Entry<String, List<Entry>>> ranked = new ArrayList<>(byTopic.entrySet());
    ranked.sort(
        Comparator.comparingInt((Map.Entry<String, List<Entry>> t) -> -t.getValue().size())
            .thenComparingInt(t -> t.getValue().stream().mapToInt(Entry::rank).min().orElse(9))
            .thenComparing(Map.Entry::getKey));
    Set<Key> used = new java.util.HashSet<>();
    List<MainLine> lines = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> t : ranked) {
      if (lines.size() == MAIN_LINES) {
        break;
      }
      List<Entry> leading =
          t.getValue().stream()
              .filter(e -> !used.contains(e.key()))
              .sorted(URGENCY)
              .limit(MAIN_LINE_ITEMS)
              .toList();
      if (leading.isEmpty()) {
        continue;
      }
      leading.forEach(e -> used.add(e.key()));
      lines.add(
          new MainLine(t.getKey(), t.getValue().size(), leading.stream().map(Entry::ref).toList()));
    }
    return lines;
  }

  private AmdSection amd(List<Entry> items, int newIssues, int newPulls) {
    List<ReasonedItem> amdItems =
        items.stream()
            .filter(e -> focusTopic != null && e.topics().contains(focusTopic))
            .sorted(URGENCY)
            .map(e -> new ReasonedItem(e.ref(), e.classification().evidenceFor(focusTopic)))
            .toList();
    AmdChecks checks = context.amdChecks();
    Set<String> matching = new TreeSet<>();
    for (Entry e : items) {
      String login = e.item().author().login();
      String lower = login.toLowerCase(Locale.ROOT);
      if (!bots.isBot(e.item().author())
          && checks.loginSuffixes().stream()
              .anyMatch(s -> lower.endsWith(s.toLowerCase(Locale.ROOT)))) {
        matching.add(login);
      }
    }
    // What the focus list found in each item, as classification stored it: no second matcher here.
    Map<String, Integer> hitsPerTerm = new LinkedHashMap<>();
    Map<String, String> spelling = new HashMap<>();
    List<AmdMention> mentions = new ArrayList<>();
    List<Entry> newestFirst =
        items.stream()
            .sorted(
                Comparator.comparing((Entry e) -> -e.item().number()).thenComparing(BY_REPOSITORY))
            .toList();
    for (Entry e : newestFirst) {
      List<String> found = focusTerms(e);
      for (String term : found) {
        String key = term.toLowerCase(Locale.ROOT);
        hitsPerTerm.merge(key, 1, Integer::sum);
        spelling.putIfAbsent(key, term);
      }
      boolean hasTopic = focusTopic != null && e.topics().contains(focusTopic);
      if (!found.isEmpty() && !hasTopic && mentions.size() < MENTION_LIMIT) {
        mentions.add(new AmdMention(e.ref(), found));
      }
    }
    return new AmdSection(
        amdItems,
        checks,
        newIssues,
        newPulls,
        items.size() - newIssues - newPulls,
        List.copyOf(matching),
        mentions,
        representativeTerms(hitsPerTerm, spelling, checks.keywords()),
        checks.keywords().size());
  }

  /**
   * The focus list's terms stored as found in {@code e} (once each, ignoring case, in stored
   * order): none when the pack names no focus topic or the hits were stored under other term lists.
   */
  private List<String> focusTerms(Entry e) {
    if (focusTopic == null) {
      return List.of();
    }
    byte[] stored = index.termHits(e.item().repository(), e.item().number()).orElse(null);
    if (stored == null) {
      return List.of();
    }
    Map<String, String> terms = new LinkedHashMap<>();
    for (MatchedTerm t : context.termHits().apply(stored)) {
      if (t.list().equals(focusTopic)) {
        terms.putIfAbsent(t.term().toLowerCase(Locale.ROOT), t.term());
      }
    }
    return List.copyOf(terms.values());
  }

  /**
   * At most {@link #AMD_TERMS} terms that stand for the focus list: those found in the window's
   * items, most items first (ties in the list's order, then by name), then the list's first
   * entries.
   */
  static List<String> representativeTerms(
      Map<String, Integer> hitsPerTerm, Map<String, String> spelling, List<String> list) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      order.putIfAbsent(list.get(i).toLowerCase(Locale.ROOT), i);
    }
    Map<String, String> shown = new LinkedHashMap<>();
    hitsPerTerm.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<String, Integer> t) -> -t.getValue())
                .thenComparingInt(t -> order.getOrDefault(t.getKey(), Integer.MAX_VALUE))
                .thenComparing(Map.Entry::getKey))
        .limit(AMD_TERMS)
        .forEach(t -> shown.put(t.getKey(), spelling.get(t.getKey())));
    for (String term : list) {
      if (shown.size() >= AMD_TERMS) {
        break;
      }
      shown.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
    }
    return List.copyOf(shown.values());
  }

  private HotDiscussions hotDiscussions(List<Entry> items, Map<Key, List<Comment>> comments) {
    Map<Key, Entry> inWindow = byKey(items);
    List<Discussion> human = new ArrayList<>();
    List<Discussion> botOnly = new ArrayList<>();
    Set<String> allBots = new TreeSet<>();
    int humanCount = 0;
    int botCount = 0;
    record Rank(Key key, int comments, int people) {}
    List<Rank> humanRank = new ArrayList<>();
    List<Rank> botRank = new ArrayList<>();
    Map<Key, Tally> tallies = new HashMap<>();
    for (Map.Entry<Key, List<Comment>> on : comments.entrySet()) {
      Tally t = tally(on.getValue());
      tallies.put(on.getKey(), t);
      humanCount += t.human();
      botCount += t.bot();
      allBots.addAll(t.bots());
      if (t.human() > 0) {
        humanRank.add(new Rank(on.getKey(), t.human(), t.commenters().size()));
      } else {
        botRank.add(new Rank(on.getKey(), t.bot(), 0));
      }
    }
    Comparator<Rank> order =
        Comparator.<Rank>comparingInt(r -> -r.comments())
            .thenComparingInt(r -> -r.people())
            .thenComparingInt(r -> -r.key().number())
            .thenComparing(r -> r.key().repository());
    humanRank.sort(order);
    botRank.sort(order);
    for (Rank r : humanRank) {
      if (human.size() == DISCUSSION_LIMIT) {
        break;
      }
      lookup(r.key(), inWindow).ifPresent(ref -> human.add(discussion(ref, tallies.get(r.key()))));
    }
    for (Rank r : botRank) {
      if (botOnly.size() == DISCUSSION_LIMIT) {
        break;
      }
      lookup(r.key(), inWindow)
          .ifPresent(ref -> botOnly.add(discussion(ref, tallies.get(r.key()))));
    }
    return new HotDiscussions(
        humanCount + botCount,
        humanCount,
        botCount,
        human,
        botOnly,
        List.copyOf(allBots),
        context.coverage().holds(Coverage.Stream.COMMENTS, window).isPresent());
  }

  private record Tally(int human, int bot, List<String> commenters, List<String> bots) {}

  private Tally tally(List<Comment> comments) {
    int human = 0;
    int bot = 0;
    Set<String> commenters = new LinkedHashSet<>();
    Set<String> botNames = new TreeSet<>();
    for (Comment c : comments) {
      if (bots.isBot(c.author())) {
        bot++;
        botNames.add(BotPolicy.displayName(c.author().login()));
      } else {
        human++;
        commenters.add(c.author().login());
      }
    }
    return new Tally(human, bot, List.copyOf(commenters), List.copyOf(botNames));
  }

  private static Discussion discussion(ItemRef ref, Tally t) {
    return new Discussion(ref, t.human(), t.bot(), t.commenters(), t.bots());
  }

  /** The item from the window, else from the index (a comment on an older item). */
  private Optional<ItemRef> lookup(Key key, Map<Key, Entry> inWindow) {
    Entry e = inWindow.get(key);
    if (e != null) {
      return Optional.of(e.ref());
    }
    return index
        .item(Repository.parse(key.repository()), key.number())
        .map(i -> ref(i.item(), i.classification()));
  }

  /**
   * Topic trends by primary topic: an item counts (and is an example) under its primary topic only,
   * and as a mention under the other topics it carries; earlier windows are counted the same way
   * ({@link CountBy#PRIMARY}), so the mean compares like with like.
   */
  private Trends trends(List<Entry> items) {
    Map<String, List<Entry>> byTopic = new TreeMap<>();
    Map<String, Integer> mentions = new TreeMap<>();
    for (Entry e : items) {
      for (String topic : mainTopics(e)) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(e);
      }
      for (String topic : e.topics()) {
        if (!mainTopics(e).contains(topic)) {
          mentions.merge(topic, 1, Integer::sum);
        }
      }
    }
    int asked = request.trendWindows();
    int held = 0;
    Set<Coverage.Source> sources = new TreeSet<>();
    Map<String, Long> totals = new TreeMap<>();
    Instant oldest = context.coverage().known() ? null : oldestCreated(asked);
    for (Window earlier : window.previous(asked)) {
      Optional<Coverage.Source> source = held(earlier, oldest);
      if (source.isEmpty()) {
        continue;
      }
      held++;
      sources.add(source.get());
      index
          .countBy(scoped(activeIn(earlier)), repo, CountBy.PRIMARY, null, null)
          .forEach((topic, n) -> totals.merge(topic, n, Long::sum));
    }
    Coverage.Source historySource =
        sources.isEmpty()
            ? null
            : sources.contains(Coverage.Source.IMPORTED)
                ? Coverage.Source.IMPORTED
                : Coverage.Source.SYNCED;
    List<TopicTrend> present = new ArrayList<>();
    for (Map.Entry<String, List<Entry>> t : byTopic.entrySet()) {
      double mean = held == 0 ? 0 : totals.getOrDefault(t.getKey(), 0L) / (double) held;
      List<ItemRef> examples =
          t.getValue().stream().sorted(URGENCY).limit(EXAMPLE_LIMIT).map(Entry::ref).toList();
      present.add(
          new TopicTrend(
              t.getKey(),
              t.getValue().size(),
              mentions.getOrDefault(t.getKey(), 0),
              round(mean),
              direction(t.getValue().size(), mean, held),
              examples));
    }
    // Most items first; ties: the topic with the more urgent items, then by name.
    Map<String, Integer> urgency = new HashMap<>();
    byTopic.forEach(
        (topic, list) -> urgency.put(topic, list.stream().mapToInt(Entry::rank).min().orElse(9)));
    present.sort(
        Comparator.comparingInt((TopicTrend t) -> -t.count())
            .thenComparingInt(t -> urgency.get(t.topic()))
            .thenComparing(TopicTrend::topic));
    List<TopicTrend> gone = new ArrayList<>();
    if (held > 0) {
      for (Map.Entry<String, Long> t : totals.entrySet()) {
        double mean = t.getValue() / (double) held;
        if (!byTopic.containsKey(t.getKey()) && mean >= 1) {
          gone.add(
              new TopicTrend(
                  t.getKey(),
                  0,
                  mentions.getOrDefault(t.getKey(), 0),
                  round(mean),
                  TrendDirection.FALLING,
                  List.of()));
        }
      }
    }
    gone.sort(
        Comparator.comparingDouble((TopicTrend t) -> -t.previousMean())
            .thenComparing(TopicTrend::topic));
    // Topics only mentioned now, and not falling: apart, without examples (they are another
    // topic's items), most mentions first.
    Set<String> listed = new java.util.HashSet<>(byTopic.keySet());
    gone.forEach(t -> listed.add(t.topic()));
    List<TopicTrend> mentionedOnly = new ArrayList<>();
    for (Map.Entry<String, Integer> t : mentions.entrySet()) {
      if (!listed.contains(t.getKey())) {
        double mean = held == 0 ? 0 : totals.getOrDefault(t.getKey(), 0L) / (double) held;
        mentionedOnly.add(
            new TopicTrend(
                t.getKey(), 0, t.getValue(), round(mean), direction(0, mean, held), List.of()));
      }
    }
    mentionedOnly.sort(
        Comparator.comparingInt((TopicTrend t) -> -t.mentions()).thenComparing(TopicTrend::topic));
    List<TopicTrend> all = new ArrayList<>(present);
    all.addAll(gone);
    all.addAll(mentionedOnly);
    return new Trends(asked, held, historySource, all);
  }

  /**
   * Whether the index holds {@code earlier}, and from what: only windows it holds count, since one
   * it does not would read as zero for want of data. Without coverage, windows from the newest of
   * the repositories' oldest items on ({@code oldest}) count as held.
   */
  private Optional<Coverage.Source> held(Window earlier, Instant oldest) {
    return context.coverage().known()
        ? context.coverage().holds(Coverage.Stream.ITEMS, earlier)
        : Optional.ofNullable(
            oldest != null && !earlier.from().isBefore(oldest) ? Coverage.Source.SYNCED : null);
  }

  /**
   * The newest of the repositories' oldest items: before it, some repository's history is not held.
   */
  private Instant oldestCreated(int windows) {
    if (windows == 0) {
      return null;
    }
    Instant newest = null;
    for (Repository r : repos) {
      List<IndexedItem> first =
          index.search(ItemQuery.all(), new SearchOptions(r, "created", false, 1)).items();
      if (first.isEmpty()) {
        return null;
      }
      Instant created = first.get(0).item().createdAt();
      newest = newest == null || created.isAfter(newest) ? created : newest;
    }
    return newest;
  }

  static TrendDirection direction(int count, double mean, int held) {
    return TrendDirection.judge(count, mean, held);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private KeyChanges keyChanges(List<Entry> items, Map<Key, List<Comment>> comments) {
    Map<Key, Integer> humanComments = new HashMap<>();
    comments.forEach((n, list) -> humanComments.put(n, tally(list).human()));
    Comparator<Entry> impact =
        Comparator.comparingInt(Entry::rank)
            .thenComparing(e -> !e.item().isMerged())
            .thenComparingInt(e -> -humanComments.getOrDefault(e.key(), 0))
            .thenComparingInt(e -> -e.item().number())
            .thenComparing(BY_REPOSITORY);
    List<KeyChange> changes =
        items.stream()
            .filter(e -> e.rank() <= Priority.NORMAL.ordinal())
            .sorted(impact)
            .limit(KEY_CHANGE_LIMIT)
            .map(
                e -> {
                  List<Evidence> reasons = new ArrayList<>(e.priorityReasons());
                  reasons.addAll(e.topicEvidence());
                  return new KeyChange(
                      e.ref(), BodyExtract.of(e.item().body()), reasons, findings(e));
                })
            .toList();
    return new KeyChanges(changes);
  }

  /** What the rules found the item claims or risks: every format shows it as the impact. */
  private static List<ReportFinding> findings(Entry e) {
    return e.ref().findings().stream()
        .map(f -> new ReportFinding(f.kind(), f.rule(), f.values(), List.of(f.evidence().text())))
        .toList();
  }

  private Noteworthy noteworthy(List<Entry> items) {
    // High or critical items, and any the rules found a compatibility risk in.
    List<Entry> urgent =
        items.stream()
            .filter(
                e ->
                    e.rank() <= Priority.HIGH.ordinal()
                        || findings(e).stream().anyMatch(f -> f.kind().equals("compat-risk")))
            .sorted(URGENCY)
            .toList();
    List<ReasonedItem> shown =
        urgent.stream()
            .limit(NOTEWORTHY_LIMIT)
            .map(e -> new ReasonedItem(e.ref(), e.priorityReasons()))
            .toList();
    return new Noteworthy(shown, urgent.size() - shown.size());
  }

  private Activity activity(
      List<Entry> items, List<Entry> newPulls, Map<Key, List<Comment>> comments) {
    record Counts(int[] opened, int[] merged, Instant[] first, Set<String> associations) {}
    Map<String, Counts> byLogin = new TreeMap<>();
    int issuesOpened = 0;
    int pullsOpened = 0;
    for (Entry e : items) {
      Item i = e.item();
      boolean opened = window.contains(i.createdAt());
      boolean merged = window.contains(i.mergedAt());
      if (bots.isBot(i.author()) || (!opened && !merged)) {
        continue;
      }
      Counts c =
          byLogin.computeIfAbsent(
              i.author().login(),
              l ->
                  new Counts(
                      new int[1], new int[1], new Instant[] {i.createdAt()}, new TreeSet<>()));
      if (i.authorAssociation() != null) {
        c.associations().add(i.authorAssociation());
      }
      if (opened) {
        c.opened()[0]++;
        if (i.isIssue()) {
          issuesOpened++;
        } else {
          pullsOpened++;
        }
      }
      if (merged) {
        c.merged()[0]++;
      }
      if (i.createdAt().isBefore(c.first()[0])) {
        c.first()[0] = i.createdAt();
      }
    }
    List<Contributor> contributors = new ArrayList<>();
    byLogin.forEach(
        (login, c) ->
            contributors.add(
                new Contributor(
                    login,
                    c.opened()[0],
                    c.merged()[0],
                    firstTime(login, c.associations(), c.first()[0]))));
    contributors.sort(
        Comparator.comparingInt((Contributor c) -> -(c.opened() + c.merged()))
            .thenComparing(Contributor::login, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Contributor::login));
    List<String> firstTime =
        contributors.stream()
            .filter(c -> c.firstTime().isFirstTime())
            .map(Contributor::login)
            .toList();
    return new Activity(
        contributors, issuesOpened, pullsOpened, firstTime, reviewStatus(newPulls, comments));
  }

  /**
   * From when the index holds the history of the report's repositories: the first item created (for
   * a roll-up the latest such start, the weakest); null when it holds no item of one of them.
   */
  private Instant heldFrom() {
    Instant latest = null;
    for (Repository r : repos) {
      Instant first = HeldHistory.firstCreated(index, r).orElse(null);
      if (first == null) {
        return null;
      }
      latest = latest == null || first.isAfter(latest) ? first : latest;
    }
    return latest;
  }

  /** GitHub's word where it has one; else the index's history, where the index holds all of it. */
  private Contributor.FirstTime firstTime(String login, Set<String> associations, Instant first) {
    // In a roll-up: first-time means no earlier item in any of its repositories.
    return FirstTimeRule.judge(
        associations,
        () -> repos.stream().anyMatch(r -> index.earlierItemsBy(r, login, first).items() > 0),
        context.coverage().holdsAllHistoryBefore(window));
  }

  private ReviewStatus reviewStatus(List<Entry> newPulls, Map<Key, List<Comment>> comments) {
    List<Integer> reviewed = new ArrayList<>();
    List<Integer> commented = new ArrayList<>();
    List<Integer> waiting = new ArrayList<>();
    List<String> reviewedIn = new ArrayList<>();
    List<String> commentedIn = new ArrayList<>();
    List<String> waitingIn = new ArrayList<>();
    List<Entry> newestFirst =
        newPulls.stream()
            .sorted(
                Comparator.comparingInt((Entry e) -> -e.item().number())
                    .thenComparing(BY_REPOSITORY))
            .toList();
    for (Entry e : newestFirst) {
      int n = e.item().number();
      String author = e.item().author().login();
      boolean review = false;
      for (Review r : index.reviews(e.item().repository(), n)) {
        if (r.submittedAt() != null
            && r.submittedAt().isBefore(window.to())
            && r.state() != ReviewState.PENDING
            && !bots.isBot(r.author())
            && !r.author().login().equalsIgnoreCase(author)) {
          review = true;
          break;
        }
      }
      boolean human =
          comments.getOrDefault(e.key(), List.of()).stream()
              .anyMatch(
                  c -> !bots.isBot(c.author()) && !c.author().login().equalsIgnoreCase(author));
      (review ? reviewed : human ? commented : waiting).add(n);
      (review ? reviewedIn : human ? commentedIn : waitingIn).add(e.item().repository().fullName());
    }
    boolean fetched = context.coverage().holds(Coverage.Stream.REVIEWS, window).isPresent();
    return rollUp
        ? new ReviewStatus(
            reviewed, commented, waiting, fetched, reviewedIn, commentedIn, waitingIn)
        : new ReviewStatus(reviewed, commented, waiting, fetched);
  }

  private static Map<Key, Entry> byKey(List<Entry> items) {
    Map<Key, Entry> map = new HashMap<>();
    for (Entry e : items) {
      map.put(e.key(), e);
    }
    return map;
  }
}
