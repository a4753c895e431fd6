package io.devpulse.cli;

/** How a command prints data on stdout. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
