package io.devpulse.app;

import io.devpulse.github.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One application for all tests of the JVM, so Drools compiles each rule pack once, and the shared
 * fixtures (GitHub JSON under {@code /fixtures}) as files.
 */
public final class TestApp {
  public static final Devpulse APP = Devpulse.standard();

  private TestApp() {}

  /** A test resource as a path, e.g. {@code fixture("vllm-2025-12-10-hour/issues.json")}. */
  public static String fixture(String relative) {
    try {
      return Path.of(TestApp.class.getResource("/fixtures/" + relative).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Imports fixtures into {@code index} with the built-in rules. */
  public static ImportFiles.Result importFixtures(Path index, String... fixtures) {
    try {
      return new ImportFiles(APP)
          .run(
              new ImportFiles.Request(
                  index,
                  Arrays.stream(fixtures).map(f -> Path.of(fixture(f))).toList(),
                  ReadOptions.defaults(),
                  TestPacks.BUILT_IN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
