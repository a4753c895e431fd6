package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index an earlier devpulse wrote, without its authors' associations as doc values (the fixture
 * {@code attention-day-index-before-associations}): reports read it the slow way, give the same
 * lists as for a new import, and say why they are slow.
 */
class OldIndexLayoutTest {
  private static final ReportRequest DAY =
      ReportRequest.of(
              Repository.parse("vllm-project/vllm"),
              new Window(
                  Instant.parse("2025-12-11T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z")))
          .withProjectName("vLLM")
          .withZone(ZoneId.of("Asia/Shanghai"))
          .withFormat(ReportFormat.JSON);

  @TempDir Path tmp;

  private static final class Recorded implements IndexNotices {
    final List<String> lines = new ArrayList<>();

    @Override
    public void associationsStoredOnly() {
      lines.add("associations stored only");
    }
  }

  private static String report(Path index, IndexNotices notices) {
    return new WriteReport(TestApp.APP)
        .run(new WriteReport.Request(index, TestPacks.BUILT_IN, DAY, notices))
        .text();
  }

  @Test
  void theSameReportAsANewImportWithANoticeThatItIsReadTheSlowWay() throws IOException {
    Path old = tmp.resolve("old");
    Files.createDirectories(old);
    Path fixture =
        Path.of(TestApp.fixture("attention-day-index-before-associations/index/segments_1"))
            .getParent();
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path f : files.toList()) {
        Files.copy(f, old.resolve(f.getFileName()));
      }
    }
    Path fresh = tmp.resolve("new");
    TestApp.importFixtures(
        fresh,
        "vllm-attention-day/issues.json",
        "vllm-attention-day/comments.json",
        "vllm-attention-day/reviews.json",
        "vllm-attention-day/releases.json");
    Recorded oldNotices = new Recorded();
    Recorded freshNotices = new Recorded();

    String fromOld = report(old, oldNotices);
    String fromFresh = report(fresh, freshNotices);

    assertThat(fromOld)
        .isEqualTo(fromFresh)
        .isEqualTo(
            Files.readString(
                Path.of("src/test/resources/golden/pipeline-day.json"), StandardCharsets.UTF_8));
    assertThat(oldNotices.lines).containsExactly("associations stored only");
    assertThat(freshNotices.lines).isEmpty();
  }
}
