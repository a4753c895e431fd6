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
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where a report goes on disk and how it gets there: Jekyll post names, atomic writes. */
public final class ReportFiles {
  private static final DateTimeFormatter POST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);

  private ReportFiles() {}

  /** {@code out} itself, or in directory {@code out} the post named by {@link #postName}. */
  public static Path target(Path out, ReportRequest report) {
    return Files.isDirectory(out) ? out.resolve(postName(report)) : out;
  }

  /**
   * A Jekyll post name: {@code 2025-12-10-1900-1h-vllm.md}, by the window's start in the display
   * zone and its length, so the posts of successive windows (and of an hour and a day starting
   * together) never collide, and a folder tells which windows it holds. A roll-up's post is named
   * {@code rollup-} and its repositories' names joined by {@code -} ({@code
   * 2025-12-10-1900-1h-rollup-vllm-aibrix.md}), so it never takes the name of one repository's
   * post.
   */
  public static String postName(ReportRequest report) {
    String name =
        report.isRollUp()
            ? "rollup-"
                + String.join("-", report.repositories().stream().map(r -> r.name()).toList())
            : report.repository().name();
    return POST_DATE.format(report.window().from().atZone(report.zone()))
        + "-"
        + report.window().lengthLabel()
        + "-"
        + name.toLowerCase(Locale.ROOT)
        + "."
        + report.format().key();
  }

  /**
   * Writes {@code text} to {@code file} so that a reader never sees half a report: written beside
   * it, then moved over it. Only a regular file (or nothing) is replaced: a symbolic link,
   * directory, FIFO or device is refused unless {@code force}; an existing file keeps its
   * permissions, a new one is world-readable (reports are published). The temporary file never
   * outlives a failure.
   */
  public static void write(Path file, String text, boolean force) {
    if (!force
        && Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new UserErrorException(Messages.get("report.notARegularFile", file, kind(file)));
    }
    if (hardLinked(file)) {
      // A move would give this name a new file and leave the other names with the old report: write
      // in
      // place, so every name of the file sees the new report (owner, group and mode stay as they
      // are).
      try {
        Files.writeString(
            file,
            text,
            StandardCharsets.UTF_8,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING,
            LinkOption.NOFOLLOW_LINKS);
        return;
      } catch (IOException e) {
        throw new UserErrorException(Messages.get("report.cannotWrite", file, IoReason.of(e)), e);
      }
    }
    Path tmp = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, ".devpulse-report", ".tmp");
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        boolean existing = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(
            tmp,
            existing
                ? Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
                : PosixFilePermissions.fromString("rw-r--r--"));
        if (existing) {
          keepOwnerAndGroup(file, tmp);
        }
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
          // Best effort: the write already failed with its own reason, which is what the user
          // needs.
        }
      }
    }
  }

  /** Whether {@code file} is a regular file with more than one name (hard links). */
  private static boolean hardLinked(Path file) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue()
              > 1;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Gives the new file the old one's owner and group, as far as this process may (root may set
   * both, a user the group of a group they are in); what it may not set stays its own, as with any
   * new file.
   */
  private static void keepOwnerAndGroup(Path from, Path to) {
    try {
      PosixFileAttributes old =
          Files.readAttributes(from, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
      try {
        view.setGroup(old.group());
      } catch (IOException notAllowed) {
        // not a group of ours
      }
      try {
        view.setOwner(old.owner());
      } catch (IOException notAllowed) {
        // only root gives a file away
      }
    } catch (IOException | UnsupportedOperationException e) {
      // no POSIX owners here
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
