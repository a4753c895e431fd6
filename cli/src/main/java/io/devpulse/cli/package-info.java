/**
 * The {@code devpulse} command line, a thin front end over {@link io.devpulse.app}. Start from
 * {@link io.devpulse.cli.Main#run}, which runs one command line on an application with given
 * streams and environment and returns the exit code ({@link io.devpulse.cli.common.ExitCode});
 * errors become one line on stderr ({@code OneLineErrors}, {@code UsageErrors}). What every command
 * shares (its context, messages, exit codes, version) is in {@link io.devpulse.cli.common}, below
 * the commands and options so that no package of the cli depends back on one that uses it. The
 * subcommands are in {@link io.devpulse.cli.command}, their shared options in {@link
 * io.devpulse.cli.option}, and tables, CSV, JSON and progress lines in {@link
 * io.devpulse.cli.output}.
 */
package io.devpulse.cli;
