/**
 * The {@code devpulse} command line, a thin front end over {@link io.devpulse.app}. Start from
 * {@link io.devpulse.cli.Main#run}, which runs one command line on an application with given
 * streams and environment and returns the exit code ({@link io.devpulse.cli.ExitCode}); errors
 * become one line on stderr ({@code OneLineErrors}, {@code UsageErrors}) and every sentence lives
 * in {@code Messages.properties}. The subcommands are in {@link io.devpulse.cli.command}, their
 * shared options in {@link io.devpulse.cli.option}, and tables, CSV, JSON and progress lines in
 * {@link io.devpulse.cli.output}.
 */
package io.devpulse.cli;
