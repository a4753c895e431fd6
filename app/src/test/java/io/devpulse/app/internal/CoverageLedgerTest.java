package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Coverage;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageLedgerTest {
  private static final Repository REPO = Repository.parse("vllm-project/vllm");
  private static final List<Coverage.Stream> ITEMS = List.of(Coverage.Stream.ITEMS);

  private static Instant t(String hhmm) {
    return Instant.parse("2025-12-10T" + hhmm + ":00Z");
  }

  private static Window w(String from, String to) {
    return new Window(t(from), t(to));
  }

  /** The ledger as the next commit's reader sees it. */
  private static CoverageLedger reread(CoverageLedger ledger, Map<String, String> data) {
    data.putAll(ledger.toUserData());
    return CoverageLedger.read(data);
  }

  @Test
  void aFinishedSyncFromTheBeginningHoldsEverythingUpToWhenItListed() {
    Map<String, String> data = new HashMap<>();
    CoverageLedger ledger = CoverageLedger.read(data);
    ledger.syncStarted(REPO, ITEMS, null, t("12:05"));
    ledger.syncCompleted(REPO, ITEMS, t("12:05"), t("12:06"));

    Coverage c = reread(ledger, data).coverageOf(REPO);

    assertThat(c.holds(Coverage.Stream.ITEMS, w("11:00", "12:00")))
        .contains(Coverage.Source.SYNCED);
    assertThat(c.holds(Coverage.Stream.ITEMS, w("12:00", "13:00"))).isEmpty();
    assertThat(c.holdsAllHistoryBefore(w("11:00", "12:00"))).isTrue();
    assertThat(c.complete(w("11:00", "12:00"))).as("comments never synced").isFalse();
  }

  @Test
  void aStoppedSyncProvesNothingUntilTheResumedOneFinishesFromItsStart() {
    Map<String, String> data = new HashMap<>();
    CoverageLedger ledger = CoverageLedger.read(data);
    ledger.syncStarted(REPO, ITEMS, null, t("10:00"));
    ledger.syncCompleted(REPO, ITEMS, t("10:00"), t("10:00"));
    ledger = reread(ledger, data);
    ledger.syncStarted(REPO, ITEMS, t("09:55"), t("12:05"));
    ledger.syncStopped(REPO, ITEMS, CoverageLedger.Stop.RATE_LIMIT, t("12:06"));
    ledger = reread(ledger, data);

    Coverage stopped = ledger.coverageOf(REPO);
    assertThat(stopped.holds(Coverage.Stream.ITEMS, w("11:00", "12:00"))).isEmpty();
    assertThat(stopped.stream(Coverage.Stream.ITEMS).orElseThrow().stoppedEarlyOrNull())
        .isEqualTo("rate_limit");

    // Resumed from the stopped sync's checkpoint (11:40): together they read 09:55 .. 13:05.
    ledger.syncStarted(REPO, ITEMS, t("11:40"), t("13:05"));
    ledger.syncCompleted(REPO, ITEMS, t("13:05"), t("13:06"));
    Coverage resumed = reread(ledger, data).coverageOf(REPO);

    assertThat(resumed.holds(Coverage.Stream.ITEMS, w("11:00", "12:00")))
        .contains(Coverage.Source.SYNCED);
    assertThat(resumed.stream(Coverage.Stream.ITEMS).orElseThrow().spans())
        .containsExactly(new Coverage.Span(null, t("13:05"), Coverage.Source.SYNCED));
    assertThat(resumed.stream(Coverage.Stream.ITEMS).orElseThrow().stoppedEarlyOrNull()).isNull();
  }

  @Test
  void aKilledSyncIsLeftMarkedInterrupted() {
    Map<String, String> data = new HashMap<>();
    CoverageLedger ledger = CoverageLedger.read(data);
    ledger.syncStarted(REPO, ITEMS, null, t("12:05"));

    Coverage c = reread(ledger, data).coverageOf(REPO);

    assertThat(c.stream(Coverage.Stream.ITEMS).orElseThrow().stoppedEarlyOrNull())
        .isEqualTo("interrupted");
    assertThat(c.holds(Coverage.Stream.ITEMS, w("11:00", "12:00"))).isEmpty();
  }

  @Test
  void importsAreHeldWhereTheyOverlapButNeverComplete() {
    Map<String, String> data = new HashMap<>();
    CoverageLedger ledger = CoverageLedger.read(data);
    ledger.imported(REPO, Coverage.Stream.ITEMS, t("11:32"), t("11:59"));
    ledger.imported(REPO, Coverage.Stream.COMMENTS, t("11:12"), t("11:58"));

    Coverage c = reread(ledger, data).coverageOf(REPO);

    assertThat(c.holds(Coverage.Stream.ITEMS, w("11:01", "12:01")))
        .contains(Coverage.Source.IMPORTED);
    assertThat(c.holds(Coverage.Stream.ITEMS, w("10:01", "11:01"))).isEmpty();
    assertThat(c.complete(w("11:01", "12:01"))).isFalse();
    assertThat(c.holdsAllHistoryBefore(w("11:01", "12:01"))).isFalse();
  }

  @Test
  void spansMergeWhenTheyTouchOrOverlap() {
    assertThat(
            CoverageLedger.merge(
                List.of(List.of("2025-12-10T10:00:00Z", "2025-12-10T11:00:00Z")),
                "2025-12-10T11:00:00Z",
                "2025-12-10T12:00:00Z"))
        .containsExactly(List.of("2025-12-10T10:00:00Z", "2025-12-10T12:00:00Z"));
    assertThat(
            CoverageLedger.merge(
                List.of(List.of("2025-12-10T10:00:00Z", "2025-12-10T11:00:00Z")),
                "2025-12-10T11:30:00Z",
                "2025-12-10T12:00:00Z"))
        .hasSize(2);
  }

  @Test
  void anUnreadableEntryProvesNothing() {
    CoverageLedger ledger = CoverageLedger.read(Map.of("coverage:vllm-project/vllm", "{not json"));

    assertThat(ledger.coverageOf(REPO).streams()).isEmpty();
    assertThat(ledger.coverageOf(REPO).holds(Coverage.Stream.ITEMS, w("11:00", "12:00"))).isEmpty();
  }

  @Test
  void aRepositoryIsOneEntryInAnyCaseAsOnGithub() {
    Map<String, String> data = new HashMap<>();
    CoverageLedger ledger = CoverageLedger.read(data);
    ledger.syncStarted(REPO, ITEMS, null, t("12:05"));
    ledger.syncCompleted(Repository.parse("VLLM-Project/vLLM"), ITEMS, t("12:05"), t("12:06"));

    CoverageLedger again = reread(ledger, data);

    assertThat(again.all().keySet()).containsExactly("vllm-project/vllm");
    assertThat(
            again.coverageOf(Repository.parse("vLLM-project/vLLM")).complete(w("11:00", "12:00")))
        .isFalse();
    assertThat(again.coverageOf(Repository.parse("vLLM-project/vLLM")))
        .isEqualTo(again.coverageOf(REPO));
  }
}
