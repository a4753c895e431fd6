package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackTest {
  @Test
  void fingerprint_isStableAndIgnoresOrigin() {
    RulePack a = new RulePack("a", Map.of("x.drl", "rule", "bots.txt", "login: x"));
    RulePack b = new RulePack("b", Map.of("bots.txt", "login: x", "x.drl", "rule"));

    assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void fingerprint_changesWhenAFileChangesOrIsRenamed() {
    RulePack a = new RulePack("a", Map.of("x.drl", "rule"));

    assertThat(new RulePack("a", Map.of("x.drl", "rule ")))
        .extracting(RulePack::fingerprint)
        .isNotEqualTo(a.fingerprint());
    assertThat(new RulePack("a", Map.of("y.drl", "rule")))
        .extracting(RulePack::fingerprint)
        .isNotEqualTo(a.fingerprint());
    assertThat(new RulePack("a", Map.of("x.drl", "ru", "y.drl", "le")).fingerprint())
        .isNotEqualTo(new RulePack("a", Map.of("x.drl", "rul", "y.drl", "e")).fingerprint());
  }

  @Test
  void fingerprint_ignoresPackPropertiesWhichNoRuleReads() {
    RulePack a = new RulePack("a", Map.of("x.drl", "rule"));
    RulePack focused =
        new RulePack("a", Map.of("x.drl", "rule", "pack.properties", "focus-topic = tpu"));

    assertThat(focused.fingerprint()).isEqualTo(a.fingerprint());
  }

  @Test
  void filesAreSortedByName() {
    RulePack p = new RulePack("a", Map.of("b.drl", "", "a.drl", "", "terms/x.txt", ""));
    assertThat(p.files().keySet()).containsExactly("a.drl", "b.drl", "terms/x.txt");
    assertThat(p.drlFiles().keySet()).containsExactly("a.drl", "b.drl");
  }
}
