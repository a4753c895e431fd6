package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training runs behind the launcher's AOT cache. */
class AotTrainingTest {
  @TempDir Path work;

  /**
   * The read runs (of both caches) must find the index current for the rules folder: were they to
   * classify again, the rule engine's classes would go into the cache, which every start loads.
   */
  @Test
  void theRulesFolderOfTheTrainingLeavesItsIndexCurrent() throws IOException {
    Path sample = Path.of(fixture("vllm-2025-12-10-hour/issues.json")).getParent();
    AotTraining.main(new String[] {"prepare", work.toString(), sample.toString()});
    AotTraining.main(new String[] {"read", work.toString()});
    AotTraining.main(new String[] {"read", work.toString(), "report"});
    AotTraining.main(new String[] {"read", work.toString(), "report-en"});

    assertThat(work.resolve("rules")).isDirectory();
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            work.resolve("index").toString(),
            "--rules",
            work.resolve("rules").toString(),
            "--repo",
            "vllm-project/vllm",
            "--last",
            "1h",
            "--to",
            "2025-12-10T12:01Z");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("reclassified");
  }
}
