package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {
  @TempDir Path tmp;
  private String index;

  @BeforeEach
  void importTheWeek() {
    index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
  }

  @Test
  void writesTheSiteAndARerunWritesNothing() {
    String out = tmp.resolve("site").toString();

    CliRun first = CliRun.of("site", "--index", index, "--out", out, "--lang", "en", "--days", "2");
    CliRun again = CliRun.of("site", "--index", index, "--out", out, "--lang", "en", "--days", "2");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("wrote index.html", "wrote vllm-project/vllm/reports/2025-12-11.html");
    assertThat(again.out().strip())
        .matches(
            "site: \\d+ files, 0 written \\(the rest unchanged\\), 1 repository, in "
                + java.util.regex.Pattern.quote(out));
    assertThat(again.err()).isEmpty();
    assertThat(Files.isRegularFile(tmp.resolve("site/vllm-project/vllm/topics.html"))).isTrue();
  }

  @Test
  void anOutThatIsAFileIsAOneLineUserError() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");

    CliRun run = CliRun.of("site", "--index", index, "--out", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("devpulse: --out " + file + " is a file; the site needs a directory");
  }

  @Test
  void anUnknownRepositoryIsAOneLineUserError() {
    CliRun run =
        CliRun.of("site", "--index", index, "--out", tmp.resolve("s").toString(), "--repo", "a/b");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("devpulse: repository a/b is not in the index (it holds vllm-project/vllm)");
  }

  @Test
  void daysOutOfRangeIsAOneLineUserError() {
    CliRun run =
        CliRun.of("site", "--index", index, "--out", tmp.resolve("s").toString(), "--days", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip()).isEqualTo("devpulse: --days (0) must be between 1 and 366");
  }
}
