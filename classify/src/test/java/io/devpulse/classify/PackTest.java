package io.devpulse.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackTest {
  @TempDir Path tmp;

  @Test
  void saysWhatTheRulesPackSaysWithoutCompilingIt() {
    RulePack files =
        new RulePack(
            "test",
            Map.of(
                "x.drl",
                "package a;",
                "pack.properties",
                "focus-topic = tpu\nattention.review-wait = 3d\n",
                "terms/topics/tpu.txt",
                "tag: tpu\nword: tpu, xla\nlogin-suffix: -goog\n",
                "messages_en.properties",
                "topic.tpu = TPU\n"));

    Pack pack = Pack.of(files);

    assertThat(pack.origin()).isEqualTo("test");
    assertThat(pack.fingerprint()).isEqualTo(files.fingerprint());
    assertThat(pack.focusTopic()).contains("tpu");
    assertThat(pack.reviewWait()).contains(Duration.ofDays(3));
    assertThat(pack.topicTerms("tpu")).containsExactly("tpu", "xla");
    assertThat(pack.topicLoginSuffixes("tpu")).containsExactly("-goog");
    assertThat(pack.phrasing().has("en", "topic.tpu")).isTrue();
    // Hits stored under other term lists (or none) read as none.
    assertThat(pack.storedTermHits().apply(new byte[0])).isEmpty();
    assertThat(pack.rules()).isSameAs(files);
  }

  @Test
  void loadsADirectoryOrTheBuiltInPackAsTheRulesDo() throws Exception {
    Path dir = tmp.resolve("rules");
    RulePacks.writeBuiltIn(dir, false);

    assertThat(Pack.load(dir)).isEqualTo(Pack.of(RulePacks.load(dir)));
    assertThat(Pack.builtIn()).isEqualTo(Pack.of(RulePacks.builtIn()));
    assertThat(Pack.load(dir).fingerprint()).isEqualTo(Pack.builtIn().fingerprint());
    assertThat(Pack.locate(dir, Map.of("DEVPULSE_HOME", tmp.toString())).origin())
        .isEqualTo(dir.toAbsolutePath().normalize().toString());
    assertThat(Pack.locate(null, Map.of("DEVPULSE_HOME", tmp.resolve("none").toString())))
        .isEqualTo(Pack.builtIn());
    assertThatThrownBy(() -> Pack.locate(tmp.resolve("missing"), Map.of()))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("does not exist");
    Files.delete(dir.resolve("history.drl"));
    assertThat(Pack.load(dir)).isNotEqualTo(Pack.builtIn());
  }
}
