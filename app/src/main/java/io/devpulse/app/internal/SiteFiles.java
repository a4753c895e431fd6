package io.devpulse.app.internal;

import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a site's files under its root, each only when its bytes differ from what is on disk (a
 * rerun after an hourly sync rewrites only the pages that changed, so a publishing commit holds
 * only those), and atomically (temp file beside it, then a move), so a web server never serves half
 * a page.
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

  /**
   * The file in a site's root listing every file devpulse wrote there, one relative path a line.
   */
  public static final String MANIFEST = ".devpulse-site-manifest";

  private static final String TEMP_PREFIX = ".devpulse-site";
  private static final String TEMP_SUFFIX = ".tmp";

  /** How many refused files the error names. */
  private static final int NAMED = 3;

  /** {@link #writeChanged(Path, Map, boolean)} without taking over files devpulse did not write. */
  public static List<String> writeChanged(Path root, Map<String, String> files) {
    return writeChanged(root, files, false);
  }

  /**
   * Writes the changed ones of {@code files} (path relative to {@code root} to text); returns those
   * written. The output folder may be someone's site (a Jekyll source with its own {@code
   * index.md}): a file there that devpulse did not write — not in the {@link #MANIFEST} of what it
   * wrote, or, in a folder from before the manifest, not a page of devpulse's — is never replaced
   * unless {@code force}; nothing is written through a symbolic link that leaves the folder;
   * temporary files of an earlier run that was killed are removed first.
   */
  public static List<String> writeChanged(Path root, Map<String, String> files, boolean force) {
    Path base = root(root.toAbsolutePath().normalize());
    removeStaleTemps(base);
    Set<String> manifest = readManifest(base);
    Path realBase = realPath(base);
    List<String> refused = new ArrayList<>();
    Map<Path, byte[]> changed = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = base.resolve(f.getKey()).normalize();
      if (!target.startsWith(base) || target.equals(base) || f.getKey().equals(MANIFEST)) {
        throw new IllegalArgumentException("site file " + f.getKey() + " lies outside " + base);
      }
      requireInside(realBase, base, target);
      byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
      if (same(target, bytes)) {
        continue;
      }
      if (!force
          && Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && !ours(target, f.getKey(), manifest)) {
        refused.add(f.getKey());
      }
      changed.put(target, bytes);
      written.add(f.getKey());
    }
    if (!refused.isEmpty()) {
      String named =
          String.join(", ", refused.subList(0, Math.min(NAMED, refused.size())))
              + (refused.size() > NAMED ? " and " + (refused.size() - NAMED) + " more" : "");
      throw new UserErrorException(Messages.get("site.notOurs", base, named));
    }
    changed.forEach(SiteFiles::write);
    Set<String> all = new TreeSet<>(manifest == null ? Set.of() : manifest);
    all.addAll(files.keySet());
    if (!all.equals(manifest)) {
      write(
          base.resolve(MANIFEST), (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return written;
  }

  /**
   * Whether devpulse wrote {@code file}: in the manifest. A folder from before the manifest has
   * none: then files below the top level (posts, charts, repository pages, named by devpulse's
   * scheme) and top-level ones that are devpulse's pages (they say {@code devpulse}) count as its
   * own; a user's top-level {@code index.md} does not.
   */
  private static boolean ours(Path file, String relative, Set<String> manifest) {
    if (manifest != null) {
      return manifest.contains(relative) && !Files.isSymbolicLink(file);
    }
    if (relative.contains("/") && !Files.isSymbolicLink(file)) {
      return true;
    }
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Files.size(file) < 64L * 1024 * 1024
          && Files.readString(file, StandardCharsets.UTF_8).contains("devpulse");
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private static Set<String> readManifest(Path base) {
    Path file = base.resolve(MANIFEST);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return new TreeSet<>(
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList());
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("site.cannotWrite", file, e.getMessage()), e);
    }
  }

  /** The target's nearest existing folder, links followed, must lie inside the output folder. */
  private static void requireInside(Path realBase, Path base, Path target) {
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || !existing.startsWith(base)) {
      return;
    }
    if (!realPath(existing).startsWith(realBase)) {
      throw new UserErrorException(Messages.get("site.linkOut", base.relativize(existing), base));
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("site.cannotWrite", p, e.getMessage()), e);
    }
  }

  /**
   * Deletes the temporary files a killed run left ({@code .devpulse-site….tmp}), without following
   * links.
   */
  private static void removeStaleTemps(Path base) {
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p :
          walk.filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(TEMP_PREFIX)
                        && name.endsWith(TEMP_SUFFIX)
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                  })
              .toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Leftovers are untidy, not wrong: the write itself says what is broken.
    }
  }

  private static boolean same(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, TEMP_PREFIX, TEMP_SUFFIX);
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
