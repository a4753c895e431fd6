package io.devpulse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * devpulse in a child JVM (this JVM's java binary and class path, main class {@link Main}), so a
 * test can kill it with {@code destroyForcibly} (SIGKILL: no shutdown hooks, no finally blocks) at
 * any moment.
 */
final class ChildJvm {
  private final Process process;
  private final Path log;
  private final long startNanos = System.nanoTime();

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static ChildJvm start(Path log, Map<String, String> env, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().clear();
    builder.environment().putAll(env);
    return new ChildJvm(builder.start(), log);
  }

  /**
   * Kills the child once {@code when} holds (polled every 2 ms) and {@code thenMillis} more have
   * passed, unless it ended before; true if it was killed.
   */
  boolean killWhen(java.util.function.BooleanSupplier when, long thenMillis)
      throws InterruptedException {
    while (process.isAlive() && !when.getAsBoolean()) {
      Thread.sleep(2);
    }
    return killAfter(thenMillis);
  }

  /**
   * How far the child has read {@code file} (its descriptor's offset, from /proc on Linux), or -1
   * when it does not have the file open.
   */
  long readPosition(Path file) {
    Path fds = Path.of("/proc", String.valueOf(process.pid()), "fd");
    try (var entries = Files.list(fds)) {
      for (Path fd : entries.toList()) {
        try {
          if (Files.readSymbolicLink(fd).equals(file)) {
            Path info =
                Path.of(
                    "/proc", String.valueOf(process.pid()), "fdinfo", fd.getFileName().toString());
            for (String line : Files.readAllLines(info)) {
              if (line.startsWith("pos:")) {
                return Long.parseLong(line.substring(4).strip());
              }
            }
          }
        } catch (IOException | NumberFormatException gone) {
          // the descriptor closed while we looked
        }
      }
    } catch (IOException processGone) {
      return -1;
    }
    return -1;
  }

  /** Kills the child after {@code delayMillis} unless it ended before; true if it was killed. */
  boolean killAfter(long delayMillis) throws InterruptedException {
    if (process.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("child JVM survived destroyForcibly");
    }
    return true;
  }

  /** Waits for the child to end (at most {@code seconds}); its exit code. */
  int await(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "child JVM did not finish in " + seconds + " s; log: " + logText());
    }
    return process.exitValue();
  }

  int exitValue() {
    return process.exitValue();
  }

  long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }
}
