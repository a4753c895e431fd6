package io.devpulse.app.internal;

import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a site's files under its root, each only when its bytes differ from what is on disk (a rerun
 * after an hourly sync rewrites only the pages that changed, so a publishing commit holds only those), and
 * atomically (temp file beside it, then a move), so a web server never serves half a page.
 */
public final class SiteFiles {
  private SiteFiles() {}

  /** The directory a site goes to: created if missing; a file there is a one-line error. */
  public static Path root(Path out) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserErrorException(Messages.get("site.outNotDirectory", out));
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("site.cannotWrite", out, e.getMessage()), e);
    }
    return out;
  }

  /** Writes the changed ones of {@code files} (path relative to {@code root} to text); returns those written. */
  public static List<String> writeChanged(Path root, Map<String, String> files) {
    Path base = root.toAbsolutePath().normalize();
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = base.resolve(f.getKey()).normalize();
      if (!target.startsWith(base) || target.equals(base)) {
        throw new IllegalArgumentException("site file " + f.getKey() + " lies outside " + base);
      }
      byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
      if (!same(target, bytes)) {
        write(target, bytes);
        written.add(f.getKey());
      }
    }
    return written;
  }

  private static boolean same(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file) && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".devpulse-site", ".tmp");
      try {
        // createTempFile makes the file private (0600); a site is meant to be published.
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("site.cannotWrite", file, e.getMessage()), e);
    }
  }
}
