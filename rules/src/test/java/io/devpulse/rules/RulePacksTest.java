package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Classification;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {
  @TempDir Path tmp;

  @Test
  void locate_rulesOptionWins() throws Exception {
    Path dir = tmp.resolve("mine");
    RulePacks.writeBuiltIn(dir, false);
    Path home = tmp.resolve("home");
    RulePacks.writeBuiltIn(home.resolve("rules"), false);

    RulePack pack = RulePacks.locate(dir, Map.of("DEVPULSE_HOME", home.toString()));

    assertThat(pack.origin()).isEqualTo(dir.toAbsolutePath().toString());
  }

  @Test
  void locate_devpulseHomeRulesWhenPresent() {
    Path home = tmp.resolve("home");
    RulePacks.writeBuiltIn(home.resolve("rules"), false);

    RulePack pack = RulePacks.locate(null, Map.of("DEVPULSE_HOME", home.toString()));

    assertThat(pack.origin()).isEqualTo(home.resolve("rules").toAbsolutePath().toString());
    assertThat(pack.files())
        .containsKeys("topics.drl", "bots.txt", "pack.properties", "terms/topics/amd-rocm.txt")
        .doesNotContainKey("README.md");
  }

  @Test
  void locate_builtInOtherwise_homeDefaultsUnderHome() {
    RulePack pack = RulePacks.locate(null, Map.of("HOME", tmp.toString()));

    assertThat(pack.isBuiltIn()).isTrue();
    assertThat(RulePacks.devpulseHome(Map.of("HOME", "/h")))
        .isEqualTo(Path.of("/h/.local/share/devpulse"));
  }

  @Test
  void locate_missingRulesDirectoryIsAUserError() {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> RulePacks.locate(missing, Map.of()))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("rules directory (" + missing + ") does not exist or is not a directory");
  }

  @Test
  void writeBuiltIn_writtenPackHasTheBuiltInFingerprint() {
    RulePacks.writeBuiltIn(tmp, false);

    assertThat(RulePacks.load(tmp).fingerprint()).isEqualTo(RulePacks.builtIn().fingerprint());
    assertThat(tmp.resolve("README.md")).exists();
  }

  @Test
  void writeBuiltIn_refusesToOverwriteAndNamesTheFile() throws Exception {
    Files.writeString(tmp.resolve("topics.drl"), "mine");

    assertThatThrownBy(() -> RulePacks.writeBuiltIn(tmp, false))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "rules file "
                + tmp.resolve("topics.drl")
                + " already exists (use --force to overwrite)");
    assertThat(tmp.resolve("bots.drl")).doesNotExist();

    RulePacks.writeBuiltIn(tmp, true);
    assertThat(Files.readString(tmp.resolve("topics.drl"))).contains("rule \"topic: title tag\"");
  }

  @Test
  void editedDrlIsUsedWithoutABuildStep() throws Exception {
    RulePacks.writeBuiltIn(tmp, false);
    Files.writeString(
        tmp.resolve("terms/topics/docs.txt"),
        "word: metrics\n",
        java.nio.file.StandardOpenOption.APPEND);

    try (Classifier c = RuleCompiler.compile(RulePacks.locate(tmp, Map.of())).newClassifier()) {
      Classification cl =
          c.classify(
              Fixtures.item(9, io.devpulse.model.ItemKind.ISSUE, "Expose metrics", "", "x"),
              History.NONE);
      assertThat(cl.topics()).contains("docs");
    }
  }
}
