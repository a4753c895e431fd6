package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void noSubcommandPrintsTheCommandList() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("import", "query", "stats");
  }

  @Test
  void everyCommandHasHelpWithAHeader() {
    for (String command : new String[] {"import", "query", "stats"}) {
      CliRun run = CliRun.of(command, "--help");

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(command).contains("Usage: devpulse " + command);
      assertThat(run.out().lines().skip(1).findFirst()).as(command).isPresent();
    }
    assertThat(CliRun.of("import", "--help").out()).contains("Import GitHub REST API JSON files");
  }

  @Test
  void versionNamesDevpulse() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("devpulse ");
  }

  @Test
  void unknownOptionIsAUsageErrorInOneLinePlusAHint() {
    CliRun run = CliRun.of("query", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("devpulse: Unknown option: '--no-such-option'")
        .contains("Try 'devpulse query --help' for more information.");
  }

  @Test
  void badOptionValueIsAUsageError() {
    CliRun run = CliRun.of("query", "--format", "yaml", "--index", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'yaml' is not one of table, json, csv");
  }
}
