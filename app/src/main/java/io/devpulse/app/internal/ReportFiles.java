package io.devpulse.app.internal;

import io.devpulse.model.UserErrorException;
import io.devpulse.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where a report goes on disk and how it gets there: Jekyll post names, atomic writes. */
public final class ReportFiles {
  private static final DateTimeFormatter POST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

  private ReportFiles() {}

  /** {@code out} itself, or in directory {@code out} the post named by {@link #postName}. */
  public static Path target(Path out, ReportRequest report) {
    return Files.isDirectory(out) ? out.resolve(postName(report)) : out;
  }

  /** A Jekyll post name: {@code 2025-12-10-1201-vllm.md}, by the window's end in the display zone. */
  public static String postName(ReportRequest report) {
    return POST_DATE.format(report.window().to().atZone(report.zone())) + "-"
        + report.repository().name().toLowerCase(Locale.ROOT) + "." + report.format().key();
  }

  /** Writes {@code text} to {@code file} so that a reader never sees half a report. */
  public static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // Written beside the target and moved over it: a reader never sees half a report.
      Path tmp = Files.createTempFile(parent, ".devpulse-report", ".tmp");
      // createTempFile makes the file private (0600); a report is meant to be published.
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("report.cannotWrite", file, e.getMessage()), e);
    }
  }
}
