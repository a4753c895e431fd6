/**
 * The {@code devpulse} command line. Start from {@link io.devpulse.cli.Main#run}, which runs one command
 * line with given streams and environment and returns the exit code ({@link io.devpulse.cli.ExitCode});
 * each subcommand is one {@code Callable} class ({@code ImportCommand}, {@code QueryCommand}, {@code
 * StatsCommand}) whose texts live in {@code Messages.properties}. Commands only glue the other modules
 * together: {@code github} reads files, {@code index} stores and queries them.
 */
package io.devpulse.cli;
