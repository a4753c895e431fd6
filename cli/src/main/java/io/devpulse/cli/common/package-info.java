/**
 * What every command of the command line shares: its context ({@link
 * io.devpulse.cli.common.CliContext}: the application, streams and environment), its sentences
 * ({@link io.devpulse.cli.common.Messages}, from {@code Messages.properties}), the exit codes and
 * the one-line error handler, and the version. It sits below the commands, options and output so
 * that those depend on it and it on none of them.
 */
package io.devpulse.cli.common;
