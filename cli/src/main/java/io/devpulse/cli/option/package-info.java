/**
 * Options several commands share, as picocli mixins — {@code --index} ({@link
 * io.devpulse.cli.option.IndexOption}), {@code --rules} ({@link
 * io.devpulse.cli.option.RulesOption}), {@code --wait} ({@link io.devpulse.cli.option.IndexWait}),
 * the sync settings ({@link io.devpulse.cli.option.SyncSettings}) — and the converters that turn
 * option text into values, with one-line messages for bad values.
 */
package io.devpulse.cli.option;
