/**
 * The {@code devpulse} command line. Start from {@link io.devpulse.cli.Main#run}, which runs one command
 * line with given streams and environment and returns the exit code ({@link io.devpulse.cli.ExitCode});
 * each subcommand is one {@code Callable} class ({@code ImportCommand}, {@code SyncCommand}, {@code
 * QueryCommand}, {@code StatsCommand}, {@code ClassifyCommand}, {@code RulesCommand} and its
 * subcommands) whose texts live in {@code Messages.properties}. Commands only glue the other modules
 * together: {@code github} reads files and the live API ({@code Syncer} pages it into the index), {@code
 * rules} classifies ({@code Importer}, {@code Reclassifier}, {@code IndexHistory}), {@code index} stores
 * and queries.
 */
package io.devpulse.cli;
