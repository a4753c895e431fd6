package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
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
    assertThat(run.err())
        .startsWith("devpulse: Unknown option: '--no-such-option'")
        .contains("Try 'devpulse query --help' for more information.");
  }

  @Test
  void badOptionValueIsAUsageError() {
    CliRun run = CliRun.of("query", "--format", "yaml", "--index", "x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'yaml' is not one of table, json, csv");
  }

  @Test
  void verboseWorksOnEveryCommandAndAddsTheStackTrace() {
    CliRun quiet = CliRun.of("rules", "check", "/no/such/rules/dir");
    CliRun verbose = CliRun.of("rules", "check", "--verbose", "/no/such/rules/dir");

    assertThat(quiet.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(quiet.err()).hasLineCount(1);
    assertThat(verbose.err().lines().count()).isGreaterThan(1);
    assertThat(verbose.err()).contains("\tat io.devpulse.");
  }
}
