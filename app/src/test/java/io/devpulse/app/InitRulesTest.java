package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.classify.Pack;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitRulesTest {
  @TempDir Path dir;

  @Test
  void writesTheBuiltInPack_whichLoadsAsTheBuiltInOne() {
    InitRules.Result result = new InitRules().run(new InitRules.Request(dir, false));

    assertThat(result.written()).contains("topics.drl").isSorted();
    assertThat(Pack.load(dir).fingerprint()).isEqualTo(Pack.builtIn().fingerprint());
  }

  @Test
  void refusesToOverwriteUnlessAsked_andKeepsTheEditedFile() throws Exception {
    new InitRules().run(new InitRules.Request(dir, false));
    Path drl = dir.resolve("topics.drl");
    Files.writeString(drl, "// edited\n");

    assertThatThrownBy(() -> new InitRules().run(new InitRules.Request(dir, false)))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("already exists");
    assertThat(Files.readString(drl)).isEqualTo("// edited\n");

    new InitRules().run(new InitRules.Request(dir, true));
    assertThat(Pack.load(dir).fingerprint()).isEqualTo(Pack.builtIn().fingerprint());
  }
}
