/**
 * One picocli class per subcommand ({@code ImportCommand}, {@code SyncCommand}, {@code
 * ReportCommand}, {@code QueryCommand}, {@code StatsCommand}, {@code ClassifyCommand}, {@code
 * RulesCommand} and its {@code init/check/test/eval}), under the root {@link
 * io.devpulse.cli.command.DevpulseCommand}. Each parses its options, calls one use case of {@link
 * io.devpulse.app} and formats the result; none opens the index, compiles rules or talks to GitHub
 * itself.
 */
package io.devpulse.cli.command;
