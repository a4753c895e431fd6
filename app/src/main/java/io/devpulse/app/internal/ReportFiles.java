package io.devpulse.app.internal;

import io.devpulse.model.IoReason;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where a report goes on disk and how it gets there: Jekyll post names, atomic writes. */
public final class ReportFiles {
  private static final DateTimeFormatter POST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

  private ReportFiles() {}

  /** {@code out} itself, or in directory {@code out} the post named by {@link #postName}. */
  public static Path target(Path out, ReportRequest report) {
    return Files.isDirectory(out) ? out.resolve(postName(report)) : out;
  }

  /**
   * A Jekyll post name: {@code 2025-12-10-1900-1h-vllm.md}, by the window's start in the display zone and
   * its length, so the posts of successive windows (and of an hour and a day starting together) never
   * collide, and a folder tells which windows it holds. A roll-up's post is named {@code rollup-} and its
   * repositories' names joined by {@code -} ({@code 2025-12-10-1900-1h-rollup-vllm-aibrix.md}), so it never
   * takes the name of one repository's post.
   */
  public static String postName(ReportRequest report) {
    String name = report.isRollUp()
        ? "rollup-" + String.join("-", report.repositories().stream().map(r -> r.name()).toList())
        : report.repository().name();
    return POST_DATE.format(report.window().from().atZone(report.zone())) + "-"
        + report.window().lengthLabel() + "-" + name.toLowerCase(Locale.ROOT)
        + "." + report.format().key();
  }

  /**
   * Writes {@code text} to {@code file} so that a reader never sees half a report: written beside it,
   * then moved over it. Only a regular file (or nothing) is replaced: a symbolic link, directory, FIFO or
   * device is refused unless {@code force}; an existing file keeps its permissions, a new one is
   * world-readable (reports are published). The temporary file never outlives a failure.
   */
  public static void write(Path file, String text, boolean force) {
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserErrorException(Messages.get("report.notARegularFile", file, kind(file)));
    }
    Path tmp = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, ".devpulse-report", ".tmp");
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
            ? Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("report.cannotWrite", file, IoReason.of(e)), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the write already failed with its own reason, which is what the user needs.
        }
      }
    }
  }

  private static String kind(Path file) {
    if (Files.isSymbolicLink(file)) {
      return Messages.get("report.kind.symlink");
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      return Messages.get("report.kind.directory");
    }
    return Messages.get("report.kind.special");
  }
}
