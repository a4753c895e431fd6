package io.devpulse.rules;

import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds and loads rule packs: the {@code --rules} directory, else {@code $DEVPULSE_HOME/rules},
 * else the pack built into the jar; and writes the built-in pack out for {@code devpulse rules
 * init}.
 *
 * <p>A pack directory holds {@code *.drl} files (anywhere below it), term lists in {@code
 * terms/topics/*.txt} (one per topic) and {@code terms/*.txt} (signals such as {@code crash}),
 * {@code bots.txt} and {@code pack.properties} (what the pack says about itself, such as its focus
 * topic) and {@code messages_<language>.properties} (how reports phrase the pack's rules, topics,
 * priorities and findings: {@link io.devpulse.model.PackMessages}). Other files (a README, editor
 * backups) are ignored.
 */
public final class RulePacks {
  /** Classpath folder of the built-in pack. */
  public static final String BUILT_IN_ROOT = "io/devpulse/rules/builtin/";

  /**
   * Resource listing the built-in pack's files, one relative name a line (jars cannot list
   * folders).
   */
  public static final String BUILT_IN_INDEX = BUILT_IN_ROOT + "pack.index";

  private RulePacks() {}

  /**
   * The pack to use: {@code rulesOption} when given (it must be a directory), else {@code
   * $DEVPULSE_HOME/rules} when that directory exists ({@code DEVPULSE_HOME} defaults to {@code
   * ~/.local/share/devpulse}, {@code ~} being {@code HOME} in {@code env} or {@code user.home}),
   * else the built-in pack.
   *
   * @param env the environment (pass {@code System.getenv()}; tests pass their own)
   * @throws UserErrorException when {@code rulesOption} is not a readable directory
   */
  public static RulePack locate(Path rulesOption, Map<String, String> env) {
    if (rulesOption != null) {
      if (!Files.isDirectory(rulesOption)) {
        throw new UserErrorException(
            "rules directory (" + rulesOption + ") does not exist or is not a directory");
      }
      return load(rulesOption);
    }
    Path home = devpulseHome(env).resolve("rules");
    if (Files.isDirectory(home)) {
      return load(home);
    }
    return builtIn();
  }

  /** {@code $DEVPULSE_HOME}, or {@code ~/.local/share/devpulse}. */
  public static Path devpulseHome(Map<String, String> env) {
    String dh = env.get("DEVPULSE_HOME");
    if (dh != null && !dh.isBlank()) {
      return Path.of(dh);
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".local", "share", "devpulse");
  }

  /** Whether {@code name} (relative, {@code /}-separated) is a file the pack loads. */
  public static boolean isPackFile(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    if (base.startsWith(".")) {
      return false;
    }
    return name.endsWith(".drl")
        || name.equals("bots.txt")
        || name.equals(PackTerms.PROPERTIES)
        || io.devpulse.model.PackMessages.languageOf(name) != null && !name.contains("/")
        || (name.startsWith("terms/")
            && name.endsWith(".txt")
            && name.chars().filter(c -> c == '/').count() <= 2);
  }

  /** Loads the pack files under {@code dir} (UTF-8). */
  public static RulePack load(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(p).toString().replace('\\', '/');
        if (isPackFile(name)) {
          files.put(name, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UserErrorException("cannot read rules directory " + dir + ": " + e.getMessage(), e);
    }
    if (files.keySet().stream().noneMatch(n -> n.endsWith(".drl"))) {
      throw new UserErrorException("rules directory (" + dir + ") has no .drl file");
    }
    return new RulePack(dir.toAbsolutePath().normalize().toString(), files);
  }

  /** The pack shipped in the jar. */
  public static RulePack builtIn() {
    Map<String, String> files = new TreeMap<>();
    builtInFiles()
        .forEach(
            (name, text) -> {
              if (isPackFile(name)) {
                files.put(name, text);
              }
            });
    return new RulePack(RulePack.BUILT_IN, files);
  }

  /** Every file of the built-in pack, including its README: name → text. */
  static Map<String, String> builtInFiles() {
    Map<String, String> files = new TreeMap<>();
    for (String name :
        readResource(BUILT_IN_INDEX)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList()) {
      files.put(name, readResource(BUILT_IN_ROOT + name));
    }
    return files;
  }

  private static String readResource(String name) {
    try (InputStream in = RulePacks.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "built-in rule file " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the built-in pack (with its README) into {@code dir} for editing, creating folders as
   * needed. Refuses, before writing anything, when one of the files exists, unless {@code
   * overwrite}.
   *
   * @return the files written, relative to {@code dir}, in name order
   * @throws UserErrorException naming the first existing file: {@code rules file DIR/topics.drl
   *     already exists (use --force to overwrite)}
   */
  public static List<String> writeBuiltIn(Path dir, boolean overwrite) {
    Map<String, String> files = builtInFiles();
    if (!overwrite) {
      for (String name : files.keySet()) {
        Path target = dir.resolve(name);
        if (Files.exists(target)) {
          throw new UserErrorException(
              "rules file " + target + " already exists (use --force to overwrite)");
        }
      }
    }
    try {
      for (var e : files.entrySet()) {
        Path target = dir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        if (overwrite) {
          Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
        } else {
          Files.writeString(
              target, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
      }
    } catch (FileAlreadyExistsException e) {
      throw new UserErrorException(
          "rules file " + e.getFile() + " already exists (use --force to overwrite)", e);
    } catch (IOException e) {
      throw new UserErrorException("cannot write rules to " + dir + ": " + e.getMessage(), e);
    }
    return List.copyOf(files.keySet());
  }
}
