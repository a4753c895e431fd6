package io.devpulse.report;

import io.devpulse.model.UserErrorException;
import io.devpulse.report.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The report's templates and wording: built in (classpath {@code io/devpulse/report/templates/} and
 * the {@code ReportMessages} bundles), each file overridable from a directory without recompiling.
 *
 * <p>The template for a format and language is the first of {@code report.<lang>.<format>.mustache}
 * and {@code report.<format>.mustache} found in the directory, else on the classpath (e.g. {@code
 * report.md.mustache}, {@code report.html.mustache}); partials ({@code {{> name}}}) resolve the
 * same way to {@code name.mustache}. Messages are the built-in bundle with the keys of the
 * directory's {@code ReportMessages_<lang>.properties} (UTF-8) laid over it.
 */
public final class TemplateSet {
  /** Where the built-in templates live on the classpath. */
  public static final String CLASSPATH_ROOT = "io/devpulse/report/templates/";

  private static final String BUNDLE = "io.devpulse.report.ReportMessages";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * A template or message file larger than this is refused (a link to a device or a log is no
   * template).
   */
  static final long MAX_FILE_BYTES = 1024 * 1024;

  private final Path dir;

  private TemplateSet(Path dirOrNull) {
    this.dir = dirOrNull;
  }

  /** The built-in templates and messages only. */
  public static TemplateSet builtIn() {
    return new TemplateSet(null);
  }

  /** The built-in set with files from {@code dirOrNull} taking precedence (null: built-in only). */
  public static TemplateSet overriddenBy(Path dirOrNull) {
    if (dirOrNull == null) {
      return builtIn();
    }
    if (!Files.isDirectory(dirOrNull)) {
      throw new UserErrorException(
          "templates directory " + dirOrNull + " does not exist or is not a directory");
    }
    return new TemplateSet(dirOrNull);
  }

  /** The override directory, if any. */
  public Optional<Path> directory() {
    return Optional.ofNullable(dir);
  }

  /** The file name of the template for {@code format} in {@code language}. */
  public String templateName(ReportFormat format, ReportLanguage language) {
    return templateName("report", format, language);
  }

  /**
   * The file name of template {@code base} ({@code report}, {@code release}) for {@code format} in
   * {@code language}.
   */
  public String templateName(String base, ReportFormat format, ReportLanguage language) {
    String specific = base + "." + language.key() + "." + format.key() + ".mustache";
    return find(specific).isPresent() ? specific : base + "." + format.key() + ".mustache";
  }

  /** The text of template file {@code name} (from the directory if there, else built in). */
  public String read(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new UserErrorException(
                    "template "
                        + name
                        + " not found"
                        + (dir == null ? "" : " in " + dir + " nor built in")));
  }

  /**
   * A reader for partial {@code name} ({@code name} or {@code name.mustache}), or null when there
   * is none.
   */
  Reader partial(String name) {
    String file = name.endsWith(".mustache") ? name : name + ".mustache";
    return find(file).map(StringReader::new).orElse(null);
  }

  private Optional<String> find(String name) {
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    try {
      if (dir != null) {
        Path file = dir.resolve(name);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          return Optional.of(Files.readString(inside(file), StandardCharsets.UTF_8));
        }
      }
      try (InputStream in =
          TemplateSet.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name)) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }

  /** The wording for {@code language}: the built-in bundle, then the directory's overrides. */
  public Messages messages(ReportLanguage language) {
    Map<String, String> texts = Messages.bundle(BUNDLE, language.locale());
    if (dir != null) {
      Path file = dir.resolve("ReportMessages_" + language.key() + ".properties");
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        Properties overrides = new Properties();
        try (Reader in = Files.newBufferedReader(inside(file), StandardCharsets.UTF_8)) {
          overrides.load(in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
          throw new UserErrorException(file + ": " + e.getMessage(), e);
        }
        overrides.stringPropertyNames().forEach(k -> texts.put(k, overrides.getProperty(k)));
      }
    }
    return new Messages(texts);
  }

  /**
   * {@code file} of the templates folder, if it is a regular file of at most {@link
   * #MAX_FILE_BYTES} that lies inside the folder once links are followed: a partial linked to a
   * token file or {@code /etc/passwd} would otherwise be printed into a report meant for
   * publishing.
   */
  private Path inside(Path file) throws IOException {
    Path real = file.toRealPath();
    if (!real.startsWith(dir.toRealPath())) {
      throw new UserErrorException(
          "template " + file + " links outside the templates folder " + dir + "; refused");
    }
    if (!Files.isRegularFile(real)) {
      throw new UserErrorException("template " + file + " is not a regular file; refused");
    }
    if (Files.size(real) > MAX_FILE_BYTES) {
      throw new UserErrorException(
          "template " + file + " is larger than " + MAX_FILE_BYTES + " bytes; refused");
    }
    return real;
  }

  @Override
  public String toString() {
    return dir == null ? "built-in templates" : "templates from " + dir + " over the built-in ones";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TemplateSet other && Objects.equals(dir, other.dir);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(dir);
  }
}
