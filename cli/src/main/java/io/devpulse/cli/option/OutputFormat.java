package io.devpulse.cli.option;

/** How a command prints data on stdout. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
