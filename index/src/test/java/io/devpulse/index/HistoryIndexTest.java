package io.devpulse.index;

import static io.devpulse.index.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.devpulse.index.internal.ItemsClassifiedBy;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoryIndexTest {
  @TempDir static Path dir;
  static HistoryIndex index;

  @BeforeAll
  static void indexTestData() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH);
      update.put(botFix(), json(botFix()), DOCS_LOW);
      update.put(chineseIssue(), json(chineseIssue()));
      update.put(draft(), json(draft()));
      update.put(widgetIssue(), json(widgetIssue()));
      comments().forEach(c -> update.put(c, json(c)));
      reviews().forEach(r -> update.put(r, json(r)));
      update.commit(Map.of("lastImport", "2026-01-01T00:00:00Z"));
    }
    index = HistoryIndex.open(dir);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  private static List<Integer> numbers(String query) {
    return numbers(query, new SearchOptions(null, "number", false, 100));
  }

  private static List<Integer> numbers(String query, SearchOptions options) {
    return index.search(query, options).items().stream().map(i -> i.item().number()).toList();
  }

  @Test
  void opensOnlyWhereAnIndexIs(@TempDir Path empty) {
    assertThatThrownBy(() -> HistoryIndex.open(empty))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("no index at " + empty + "; run devpulse import first");
    assertThatThrownBy(() -> HistoryIndex.open(empty.resolve("missing")))
        .hasMessage("no index at " + empty.resolve("missing") + "; run devpulse import first");
  }

  @ParameterizedTest(name = "[{index}] {0}, mapped from {1} bytes: {2}")
  @CsvSource({
    "true, 9223372036854775807, MMapDirectory",
    "false, 0, NIOFSDirectory",
    "auto, 1, MMapDirectory", // the index is larger
    "auto, 9223372036854775807, NIOFSDirectory",
    "AUTO, 1, MMapDirectory"
  })
  void readsBySizeWhenAskedToChoose(String mode, long mapFrom, String kind) throws Exception {
    try (org.apache.lucene.store.Directory d = HistoryIndex.directory(dir, mode, mapFrom)) {
      assertThat(d.getClass().getSimpleName()).isEqualTo(kind);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kind:pr AND merged:true AND author:Isotr0py | 30001",
        "author:isotr0py | 30001 30400",
        "created:[2025-12-01 TO 2025-12-31] | 30001 30002 30003 30400",
        "created:[2025-12-01 TO 2025-12-31} | 30001 30002 30003",
        "created:{2025-12-01 TO *] | 30002 30003 30400",
        "created:[* TO 2025-01-01] | 12",
        "created:2025-12-10 | 30003",
        "created:[2025-12-05T23:00:00Z TO 2025-12-06T00:00:00Z] | 30002",
        "created:\"2025-12-05T23:30:00Z\" | 30002",
        "created:[2025-12-06T07:00:00+08:00 TO 2025-12-06T08:00:00+08:00] | 30002",
        "title:\"prefix lm\" | 30001",
        "title:prefixlm | 30001",
        "title:PrefixLM | 30001",
        "title:lm | 30001",
        "\"add prefixlm\" | 30001",
        "fp8 | 30001 30002",
        "MI300X | 30001",
        "mi300 | ''",
        "prefixlm fp8 | 30001",
        "prefixlm OR rocm | 30001 30002",
        "title:fix* | 30002",
        "number:[30000 TO 30400] | 30001 30002 30003 30400",
        "number:{30001 TO 30400} | 30002 30003",
        "number:30002 | 30002",
        "comments:[2 TO *] | 30001 30003 30400",
        "comments:0 | 12 30002",
        "topic:amd-rocm | 30001",
        "topic:docs | 30002",
        "primary:amd-rocm | 30001",
        "primary:docs | ''",
        "finding:compat-risk | 30001",
        "finding:COMPAT-RISK | 30001",
        "finding:speedup-claim | ''",
        "priority:high | 30001",
        "priority:LOW | 30002",
        "label:bug | 30002 30003",
        "labels:BUG | 30002 30003",
        "label:\"good first issue\" | 30003",
        "label:feature AND label:ready | 30001",
        "merged:true | 30001",
        "merged:false | 12 30002 30003 30400",
        "merged:[2025-12-10 TO 2025-12-10] | 30001",
        "merged:2025-12-10 | 30001",
        "closed:true | 12 30001 30002",
        "closed:false | 30003 30400",
        "closed:[2025-12-01 TO *] | 30001 30002",
        "closed:* | 12 30001 30002",
        "updated:2025-12-10 | 30001 30003",
        "draft:true | 30400",
        "state:open | 30003 30400",
        "state:CLOSED AND kind:issue | 12",
        "kind:issue | 12 30003",
        "kind:pull_request -draft:true | 30001 30002",
        "bot:true | 30002",
        "author_type:bot | 30002",
        "repo:\"acme/widgets\" | 12",
        "*:* | 12 30001 30002 30003 30400",
        "'' | 12 30001 30002 30003 30400",
        "模型 | 30003",
        "title:加载 | 30003",
        "加载失败 | 30003",
        "body:错误 | 30003",
        "失败模型 | ''",
        "vllm | 30003",
      })
  void findsItemsByQuery(String query, String expected) {
    List<Integer> want =
        expected.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
    assertThat(numbers(query)).isEqualTo(want);
  }

  @Test
  void searchesOnlyItemsNeverCommentsOrReviews() {
    // "comment 1" is the body of a comment and "LGTM" of a review: neither is an item.
    assertThat(index.search("", SearchOptions.byRelevance(100)).totalHits()).isEqualTo(5);
    assertThat(numbers("number:30001")).containsExactly(30001);
  }

  @Test
  void filtersByRepository() {
    assertThat(numbers("", new SearchOptions(WIDGETS, "number", false, 10))).containsExactly(12);
    assertThat(numbers("kind:issue", new SearchOptions(VLLM, "number", false, 10)))
        .containsExactly(30003);
  }

  @Test
  void reportsAllHitsButReturnsAtMostTheLimit() {
    SearchResult result = index.search("", new SearchOptions(null, "number", true, 2));
    assertThat(result.totalHits()).isEqualTo(5);
    assertThat(result.items()).extracting(i -> i.item().number()).containsExactly(30400, 30003);
  }

  @ParameterizedTest(name = "{0} descending={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "created | false | 12 30001 30002 30003 30400",
        "created | true | 30400 30003 30002 30001 12",
        "number | false | 12 30001 30002 30003 30400",
        "number | true | 30400 30003 30002 30001 12",
        "closed | false | 12 30002 30001 30003 30400",
        "closed | true | 30001 30002 12 30400 30003",
        "merged | true | 30001 30400 30003 30002 12",
        "comments | true | 30003 30001 30400 30002 12",
      })
  void sorts(String field, boolean descending, String expected) {
    assertThat(numbers("", new SearchOptions(null, field, descending, 10)))
        .extracting(String::valueOf)
        .containsExactly(expected.split(" "));
  }

  @Test
  void ordersByRelevanceByDefault() {
    List<Integer> found = numbers("fp8 OR prefixlm", SearchOptions.byRelevance(10));
    assertThat(found).containsExactly(30001, 30002);
  }

  @Test
  void rejectsUnknownSortFields() {
    assertThatThrownBy(() -> new SearchOptions(null, "title", true, 10))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "sort field (title) must be one of relevance, created, updated, closed, merged, number,"
                + " comments");
    assertThatThrownBy(() -> new SearchOptions(null, null, true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit (0) must be positive");
  }

  @Test
  void reportsBadQueriesAsUserErrors() {
    assertThatThrownBy(() -> index.search("kind:pr AND (label:bug", SearchOptions.byRelevance(10)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageStartingWith("bad query at column ");
    assertThatThrownBy(() -> index.countBy("created:2025-13-01", null, CountBy.KIND, null, null))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(
            "bad date in created: 2025-13-01; expected a day like 2025-12-10, an instant like"
                + " 2025-12-10T08:00:00Z, or *");
  }

  @Test
  void rebuildsItemsEqualToTheOriginals() {
    for (Item original : items()) {
      assertThat(index.item(original.repository(), original.number()))
          .get()
          .extracting(IndexedItem::item)
          .isEqualTo(original);
    }
    assertThat(index.item(VLLM, 1)).isEmpty();
  }

  @Test
  void keepsClassifications() {
    assertThat(index.item(VLLM, 30001).orElseThrow().classification()).isEqualTo(AMD_HIGH);
    assertThat(index.item(VLLM, 30002).orElseThrow().classification()).isEqualTo(DOCS_LOW);
    assertThat(index.item(VLLM, 30003).orElseThrow().classification()).isNull();
  }

  @Test
  void returnsTheStoredJson() {
    assertThat(index.json(VLLM, 30001)).contains(json(prefixLm()));
    assertThat(index.json(VLLM, 99)).isEmpty();
    IndexedItem found = index.search("number:12", SearchOptions.byRelevance(1)).items().get(0);
    assertThat(index.json(found)).isEqualTo(json(widgetIssue()));
  }

  @Test
  void streamsAllItems() {
    List<Item> seen = new ArrayList<>();
    index.forEachItem(i -> seen.add(i.item()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(items());

    Map<Integer, String> jsonByNumber = new HashMap<>();
    index.forEachItemWithJson((i, json) -> jsonByNumber.put(i.item().number(), json));
    assertThat(jsonByNumber).hasSize(5).containsEntry(30400, json(draft()));
  }

  @Test
  void countsByLabelAuthorKindStateAndTopic() {
    assertThat(index.countBy("", null, CountBy.LABEL, null, null))
        .containsExactly(
            entry("bug", 2L),
            entry("Feature", 1L),
            entry("Good First Issue", 1L),
            entry("ready", 1L));
    assertThat(index.countBy("", null, CountBy.AUTHOR, null, null))
        .containsExactly(
            entry("Isotr0py", 2L),
            entry("Alice", 1L),
            entry("dependabot[bot]", 1L),
            entry("zhangsan", 1L));
    assertThat(index.countBy("", null, CountBy.KIND, null, null))
        .containsExactly(entry("pr", 3L), entry("issue", 2L));
    assertThat(index.countBy("", null, CountBy.STATE, null, null))
        .containsExactly(entry("closed", 3L), entry("open", 2L));
    assertThat(index.countBy("", null, CountBy.TOPIC, null, null))
        .containsExactly(entry("amd-rocm", 1L), entry("docs", 1L));
  }

  @Test
  void countsByPrimaryTopicLeavingOutItemsWithoutOne() {
    // the docs item carries a topic but no primary: counted by TOPIC, not by PRIMARY
    assertThat(index.countBy("", null, CountBy.PRIMARY, null, null))
        .containsExactly(entry("amd-rocm", 1L));
  }

  @Test
  void countsOnlyMatchingItemsOfTheRepository() {
    assertThat(index.countBy("kind:pr", VLLM, CountBy.AUTHOR, null, null))
        .containsExactly(entry("Isotr0py", 2L), entry("dependabot[bot]", 1L));
    assertThat(index.countBy("", WIDGETS, CountBy.KIND, null, null))
        .containsExactly(entry("issue", 1L));
  }

  @Test
  void countsByDayWeekAndMonth() {
    assertThat(index.countBy("", null, CountBy.DAY, DateField.CREATED, ZoneOffset.UTC))
        .containsExactly(
            entry("2024-12-30", 1L),
            entry("2025-12-01", 1L),
            entry("2025-12-05", 1L),
            entry("2025-12-10", 1L),
            entry("2025-12-31", 1L));
    assertThat(index.countBy("", null, CountBy.WEEK, DateField.CREATED, ZoneOffset.UTC))
        .containsExactly(
            entry("2025-W01", 1L),
            entry("2025-W49", 2L),
            entry("2025-W50", 1L),
            entry("2026-W01", 1L));
    assertThat(index.countBy("", null, CountBy.MONTH, DateField.CLOSED, ZoneOffset.UTC))
        .containsExactly(entry("2025-01", 1L), entry("2025-12", 2L), entry("none", 2L));
    assertThat(index.countBy("kind:pr", null, CountBy.MONTH, DateField.MERGED, ZoneOffset.UTC))
        .containsExactly(entry("2025-12", 1L), entry("none", 2L));
    assertThat(index.countBy("", null, CountBy.DAY, DateField.UPDATED, ZoneOffset.UTC))
        .containsEntry("2025-12-10", 2L);
  }

  @Test
  void countsDaysInTheGivenZone() {
    assertThat(index.countBy("", null, CountBy.DAY, DateField.CREATED, ZoneId.of("Asia/Shanghai")))
        .containsExactly(
            entry("2024-12-30", 1L),
            entry("2025-12-01", 1L),
            entry("2025-12-06", 1L),
            entry("2025-12-10", 1L),
            entry("2026-01-01", 1L));
    assertThat(
            index.countBy(
                "", null, CountBy.WEEK, DateField.CREATED, ZoneId.of("America/Los_Angeles")))
        .containsExactly(
            entry("2025-W01", 1L),
            entry("2025-W49", 2L),
            entry("2025-W50", 1L),
            entry("2026-W01", 1L));
    assertThat(index.countBy("", null, CountBy.MONTH, DateField.CREATED, ZoneId.of("Asia/Tokyo")))
        .containsExactly(entry("2024-12", 1L), entry("2025-12", 3L), entry("2026-01", 1L));
  }

  @Test
  void namesTheRepositoriesItHoldsItemsOfInTheirStoredSpelling() {
    assertThat(index.repositories())
        .extracting(Repository::fullName)
        .containsExactly("Acme/Widgets", "vllm-project/vllm");
  }

  @Test
  void describesTheIndex() {
    IndexStats stats = index.stats();
    assertThat(stats.documents()).isEqualTo(11);
    assertThat(stats.items()).isEqualTo(5);
    assertThat(stats.itemsByRepository())
        .containsExactly(entry("vllm-project/vllm", 4L), entry("acme/widgets", 1L));
    assertThat(stats.itemsByKind()).containsExactly(entry("pr", 3L), entry("issue", 2L));
    assertThat(stats.itemsByState()).containsExactly(entry("closed", 3L), entry("open", 2L));
    assertThat(stats.comments()).isEqualTo(4);
    assertThat(stats.botComments()).isEqualTo(1);
    assertThat(stats.reviews()).isEqualTo(2);
    assertThat(stats.firstCreated()).isEqualTo(t("2024-12-30T12:00:00Z"));
    assertThat(stats.lastCreated()).isEqualTo(t("2025-12-31T23:59:59Z"));
    assertThat(stats.commitData())
        .containsOnly(
            entry("lastImport", "2026-01-01T00:00:00Z"), entry(ItemsClassifiedBy.KEY, "?"));
  }

  @Test
  void listsCommentsOfATimeWindowWithTheirAuthorsBotFlag() {
    List<Comment> window =
        index.comments(VLLM, t("2025-12-01T00:00:00Z"), t("2025-12-11T00:00:00Z"));
    assertThat(window).containsExactly(comments().get(0), comments().get(1));
    assertThat(window).extracting(c -> c.author().isBot()).containsExactly(false, true);

    assertThat(index.comments(null, t("2025-12-02T00:00:00Z"), t("2025-12-03T00:00:00Z")))
        .containsExactly(comments().get(0), comments().get(3));
    assertThat(index.comments(VLLM, t("2025-12-11T00:00:00Z"), t("2025-12-11T00:00:00.001Z")))
        .containsExactly(comments().get(2));
  }

  @Test
  void listsCommentsAndReviewsOfAnItem() {
    assertThat(index.commentsOn(VLLM, 30001)).containsExactly(comments().get(0), comments().get(1));
    assertThat(index.commentsOn(WIDGETS, 12)).containsExactly(comments().get(3));
    assertThat(index.commentsOn(VLLM, 30400)).isEmpty();
    List<Review> reviews = index.reviews(VLLM, 30001);
    assertThat(reviews).containsExactly(reviews().get(1), reviews().get(0));
  }
}
