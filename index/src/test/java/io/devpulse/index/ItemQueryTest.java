package io.devpulse.index;

import static io.devpulse.index.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A query built in code finds exactly what the same query typed finds. */
class ItemQueryTest {
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
      update.commit(Map.of());
    }
    index = HistoryIndex.open(dir);
  }

  @AfterAll
  static void closeIndex() {
    index.close();
  }

  private static final Instant DEC_1 = Instant.parse("2025-12-01T00:00:00Z");
  private static final Instant DEC_10_08 = Instant.parse("2025-12-10T08:00:00Z");

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(ItemQuery.all(), ""),
        Arguments.of(ItemQuery.repository(WIDGETS), "repo:\"acme/widgets\""),
        Arguments.of(
            ItemQuery.anyRepository(List.of(VLLM, WIDGETS)).and(ItemQuery.kind(ItemKind.ISSUE)),
            "(repo:\"vllm-project/vllm\" OR repo:\"Acme/Widgets\") AND kind:issue"),
        Arguments.of(ItemQuery.topic("amd-rocm"), "topic:amd-rocm"),
        Arguments.of(
            ItemQuery.topic("docs").or(ItemQuery.topic("amd-rocm")),
            "topic:docs OR topic:amd-rocm"),
        Arguments.of(ItemQuery.priority(Priority.LOW), "priority:low"),
        Arguments.of(ItemQuery.kind(ItemKind.ISSUE), "kind:issue"),
        Arguments.of(
            ItemQuery.kind(ItemKind.PULL_REQUEST).and(ItemQuery.merged()),
            "kind:pr AND merged:true"),
        Arguments.of(ItemQuery.state(ItemState.OPEN), "state:open"),
        // Bounds are [from, to): an item closed at DEC_10_08 is out of a window ending then, in the
        // next.
        Arguments.of(
            ItemQuery.between(DateField.CLOSED, DEC_1, DEC_10_08),
            "closed:[" + DEC_1 + " TO " + DEC_10_08 + "}"),
        Arguments.of(
            ItemQuery.between(DateField.MERGED, DEC_10_08, DEC_10_08.plusSeconds(1)),
            "merged:[" + DEC_10_08 + " TO " + DEC_10_08.plusSeconds(1) + "}"),
        Arguments.of(
            ItemQuery.between(DateField.CREATED, DEC_1, DEC_10_08)
                .or(ItemQuery.between(DateField.CLOSED, DEC_1, DEC_10_08))
                .and(ItemQuery.repository(VLLM)),
            "(created:["
                + DEC_1
                + " TO "
                + DEC_10_08
                + "} OR closed:["
                + DEC_1
                + " TO "
                + DEC_10_08
                + "}) AND repo:\"vllm-project/vllm\""),
        Arguments.of(
            ItemQuery.text("kind:pr").and(ItemQuery.topic("docs")), "kind:pr AND topic:docs"));
  }

  @ParameterizedTest(name = "{index}: {1}")
  @MethodSource("pairs")
  void findsWhatTheTypedQueryFinds(ItemQuery typed, String text) {
    SearchOptions all = new SearchOptions(null, "created", false, 100);

    List<Integer> built = numbers(index.search(typed, all));
    List<Integer> typedIn = numbers(index.search(text, all));

    assertThat(built).isEqualTo(typedIn);
    assertThat(index.countBy(typed, null, CountBy.MONTH, DateField.CREATED, ZoneOffset.UTC))
        .isEqualTo(index.countBy(text, null, CountBy.MONTH, DateField.CREATED, ZoneOffset.UTC));
  }

  @Test
  void theComparisonsAreNotVacuous() {
    // Each typed query must select something and not everything, or the equality above proves
    // little.
    SearchOptions all = new SearchOptions(null, "created", false, 100);
    long total = index.search(ItemQuery.all(), all).totalHits();

    pairs()
        .skip(1)
        .map(a -> (ItemQuery) a.get()[0])
        .forEach(
            q ->
                assertThat(index.search(q, all).totalHits())
                    .as(q.toString())
                    .isBetween(1L, total - 1));
  }

  /**
   * One pass over many windows counts what a query per window counts: bounds are [from, to) on
   * every field (an item closed and merged at DEC_10_08 counts once, in the window that starts
   * then).
   */
  @Test
  void countsInWindowsAreTheTotalsOfAQueryPerWindow() {
    List<Window> windows = new ArrayList<>();
    for (Instant from = t("2024-12-29T00:00:00Z");
        from.isBefore(t("2026-01-02T00:00:00Z"));
        from = from.plus(Duration.ofHours(6))) {
      windows.add(new Window(from, from.plus(Duration.ofHours(6))));
    }
    windows.add(new Window(DEC_10_08, DEC_10_08.plusSeconds(1)));
    windows.add(new Window(DEC_10_08.minusSeconds(1), DEC_10_08));
    Collections.reverse(windows);
    Set<DateField> fields = EnumSet.of(DateField.CREATED, DateField.CLOSED, DateField.MERGED);

    for (Repository repository : Arrays.asList(null, VLLM)) {
      long[] counts = index.countInWindows(ItemQuery.all(), repository, fields, windows);
      long[] perWindow = new long[windows.size()];
      for (int i = 0; i < windows.size(); i++) {
        Window w = windows.get(i);
        ItemQuery active =
            ItemQuery.between(DateField.CREATED, w.from(), w.to())
                .or(ItemQuery.between(DateField.CLOSED, w.from(), w.to()))
                .or(ItemQuery.between(DateField.MERGED, w.from(), w.to()));
        perWindow[i] =
            index.search(active, new SearchOptions(repository, null, false, 1)).totalHits();
      }
      assertThat(counts).as("repository %s", repository).isEqualTo(perWindow);
      assertThat(Arrays.stream(counts).sum()).isGreaterThan(3);
    }
    assertThat(index.countInWindows(ItemQuery.all(), null, fields, List.of())).isEmpty();
    assertThat(
            index.countInWindows(
                ItemQuery.all(),
                null,
                fields,
                List.of(new Window(DEC_10_08, DEC_10_08.plusSeconds(1)))))
        .containsExactly(1);
  }

  private static List<Integer> numbers(SearchResult result) {
    return result.items().stream().map(i -> i.item().number()).toList();
  }
}
