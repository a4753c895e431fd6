package io.devpulse.rules;

import static io.devpulse.rules.ClassifierTest.withExtraRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An untrusted pack cannot reach the process, files, the network, the environment, reflection or
 * threads (issue #24): each of these consequences, functions and constraints is refused when the
 * pack is compiled, naming the file and line; the same pack declared trusted compiles.
 */
class PackSafetyTest {
  private static final String HEADER = "package t;\nimport io.devpulse.rules.facts.*;\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "then System.exit(0);",
        "then Runtime.getRuntime().halt(0);",
        "then new ProcessBuilder(\"rm\", \"-rf\", \"/\").start();",
        "then String t = System.getenv(\"GITHUB_TOKEN\");",
        "then java.nio.file.Files.delete(java.nio.file.Path.of(\"/tmp/x\"));",
        "then new java.io.File(\"/tmp/x\").delete();",
        "then new java.net.Socket(\"127.0.0.1\", 80);",
        "then Class.forName(\"java.lang.Runtime\");",
        "then $f.getClass().getClassLoader();",
        "then new Thread(() -> {}).start();",
        "then Thread.sleep(100000);",
        "then java.util.concurrent.Executors.newFixedThreadPool(2);",
        "then java.lang.invoke.MethodHandles.lookup();",
        "then System.out.println(\"hi\");",
      })
  void aConsequenceCallingForbiddenApisIsRefused(String then) {
    String drl = HEADER + "rule \"hostile\"\nwhen\n  $f : ItemFact()\n" + then + "\nend\n";
    assertThatThrownBy(() -> withExtraRule(drl))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("extra.drl:")
        .hasMessageContaining("which an untrusted pack may not");
  }

  @Test
  void functionsEvalsAndConstraintsAreReadToo() {
    assertThatThrownBy(
            () ->
                withExtraRule(
                    HEADER
                        + "function void f() { Runtime.getRuntime().exec(\"id\"); }\n"
                        + "rule \"r\"\nwhen ItemFact()\nthen f();\nend\n"))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("extra.drl:3:");
    assertThatThrownBy(
            () ->
                withExtraRule(
                    HEADER
                        + "rule \"r\"\nwhen ItemFact( title == System.getenv(\"GITHUB_TOKEN\") )\nthen\nend\n"))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("extra.drl:4:");
    assertThatThrownBy(
            () ->
                withExtraRule(
                    HEADER
                        + "import java.io.File;\nrule \"r\"\nwhen eval( new File(\"/x\").exists() )\nthen\nend\n"))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("java.io");
  }

  @Test
  void namesInCommentsAndStringsAreNotUses() {
    assertThatCode(
            () ->
                withExtraRule(
                    HEADER
                        + "// System.exit is not called here\n"
                        + "rule \"Thread System Runtime\"\nwhen $f : ItemFact()\n"
                        + "then String s = \"java.io.File System.exit\" + 'x';\nend\n"))
        .doesNotThrowAnyException();
  }

  @Test
  void aTrustedPackMayDoWhatItLikes() {
    assertThatCode(
            () ->
                withExtraRule(
                    HEADER
                        + PackSafety.TRUSTED
                        + "\n"
                        + "rule \"r\"\nwhen ItemFact()\nthen String t = System.getenv(\"HOME\");\nend\n"))
        .doesNotThrowAnyException();
  }

  @Test
  void theBuiltInPackIsSafe() {
    assertThat(RuleCompiler.compile(RulePacks.builtIn()).ruleNames()).isNotEmpty();
  }
}
