package io.devpulse.cli.option;

import io.devpulse.cli.common.Messages;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The repositories a sync covers: {@code --repo} options, then the lines of {@code --repos-file}
 * (one {@code OWNER/NAME} per line; {@code #} starts a comment; blank lines are skipped), each
 * once.
 */
public final class RepositoryList {
  private RepositoryList() {}

  public static List<Repository> of(List<Repository> options, Path fileOrNull) {
    Set<Repository> all = new LinkedHashSet<>(options);
    if (fileOrNull != null) {
      all.addAll(read(fileOrNull));
    }
    if (all.isEmpty()) {
      throw new UserErrorException(Messages.get("repos.none"));
    }
    return List.copyOf(all);
  }

  /** The repositories listed in {@code file}, in order. */
  public static List<Repository> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("repos.fileUnreadable", file), e);
    }
    List<Repository> repositories = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (text.isEmpty()) {
        continue;
      }
      try {
        repositories.add(Repository.parse(text));
      } catch (IllegalArgumentException e) {
        throw new UserErrorException(
            Messages.get("repos.fileBadLine", file, String.valueOf(i + 1), e.getMessage()));
      }
    }
    return repositories;
  }
}
