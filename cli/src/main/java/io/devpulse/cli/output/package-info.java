/**
 * What commands print: terminal tables that line up with Chinese text ({@link
 * io.devpulse.cli.output.TextTable}, {@link io.devpulse.cli.output.DisplayWidth}), text made safe
 * for a terminal ({@link io.devpulse.cli.output.TerminalText}), CSV ({@link
 * io.devpulse.cli.output.Csv}), the JSON shapes of items, classifications and stats, and sync
 * progress on stderr.
 */
package io.devpulse.cli.output;
