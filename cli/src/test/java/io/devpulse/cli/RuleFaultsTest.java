package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule pack that does not compile, a rule whose consequence throws, and rules that fire forever:
 * each stops the import with a message naming the file and line or the rule and the item, within a
 * bounded time (the firing limit, not a hang), and leaves every index file byte for byte as it was.
 */
class RuleFaultsTest {
  private static final String HEADER =
      "package test.faults;\nimport io.devpulse.rules.facts.*;\n\n";

  @TempDir Path tmp;

  private Path index() {
    return tmp.resolve("index");
  }

  private Map<String, String> env() {
    return Map.of("DEVPULSE_HOME", tmp.resolve("home").toString());
  }

  @BeforeEach
  void importTheHourWithTheBuiltInRules() {
    CliRun run =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            index().toString(),
            fixture("vllm-2025-12-10-hour/issues.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Path pack(String drl) throws Exception {
    Path dir = Files.createTempDirectory(tmp, "rules");
    Files.writeString(dir.resolve("faulty.drl"), HEADER + drl);
    return dir;
  }

  private CliRun importWith(Path rules) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () ->
            CliRun.withEnv(
                env(),
                "import",
                "--index",
                index().toString(),
                "--rules",
                rules.toString(),
                fixture("vllm-week-2025-12-12/issues.json")));
  }

  @Test
  void aCompileErrorNamesFileAndLineAndLeavesTheIndexAlone() throws Exception {
    Map<String, String> before = digests(index());
    Path rules = pack("rule \"broken\"\nwhen\n    ItemFact( nosuchfield == 1 )\nthen\nend\n");

    CliRun run = importWith(rules);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo("devpulse: rules (" + rules.toRealPath() + ") did not compile: 1 error");
    assertThat(run.err().lines().skip(1).findFirst().orElseThrow()).startsWith("faulty.drl:6:");
    assertThat(digests(index())).isEqualTo(before);
  }

  @Test
  void anExceptionInAConsequenceNamesTheRuleAndTheItemAndLeavesTheIndexAlone() throws Exception {
    Map<String, String> before = digests(index());
    Path rules =
        pack(
            "rule \"boom\"\nwhen\n    $f : ItemFact()\nthen\n"
                + "    throw new IllegalStateException(\"bad data\");\nend\n");

    CliRun run = importWith(rules);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .matches(
            "devpulse: rule \"boom\" failed on (vllm-project/vllm#\\d+|account \\S+):"
                + " IllegalStateException: bad data\\R");
    assertThat(digests(index())).isEqualTo(before);
  }

  @Test
  void rulesThatFireForeverAreStoppedAndNamedAndLeaveTheIndexAlone() throws Exception {
    Map<String, String> before = digests(index());
    Path rules =
        pack(
            "rule \"seed\"\nwhen\n    ItemFact()\nthen\n    insert(\"x\");\nend\n\n"
                + "rule \"grow\"\nwhen\n    $s : String()\nthen\n    insert($s + \"x\");\nend\n");

    long start = System.nanoTime();
    CliRun run = importWith(rules);
    long seconds = (System.nanoTime() - start) / 1_000_000_000;

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .matches(
            "devpulse: rules fired 10000 times on \\S+ without finishing \\(endless loop\\?\\):"
                + " \"grow\" \\(\\d+ firings\\)\\R");
    assertThat(seconds).isLessThan(120);
    assertThat(digests(index())).isEqualTo(before);
  }

  /**
   * The import in a child JVM (a rule that exits or cannot be stopped ends the process), its log.
   */
  private String importInChildJvm(Path rules, int expectedExit) throws Exception {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("JAVA_TOOL_OPTIONS", "-Ddevpulse.rules.item-budget-ms=300");
    ChildJvm child =
        ChildJvm.start(
            tmp.resolve("child.log"),
            env,
            "import",
            "--index",
            index().toString(),
            "--rules",
            rules.toString(),
            fixture("vllm-week-2025-12-12/issues.json"));
    assertThat(child.await(120)).as(child.logText()).isEqualTo(expectedExit);
    return child.logText();
  }

  @Test
  void aRuleThatRunsForeverEndsTheCommandNamingRuleAndItemAndLeavesTheIndexAlone()
      throws Exception {
    Map<String, String> before = digests(index());
    Path rules =
        pack(
            "// devpulse: trusted pack\nrule \"spin\"\nwhen\n    ItemFact()\nthen\n"
                + "    while (true) { }\nend\n");

    String log = importInChildJvm(rules, ExitCode.USER_ERROR);

    assertThat(log)
        .containsPattern(
            "devpulse: rule \"spin\" ran past the time budget on vllm-project/vllm#\\d+"
                + " \\(300 ms per item, 60 min per command\\); stopped");
    assertThat(digests(index())).isEqualTo(before);
  }

  @Test
  void aSleepingRuleEndsTheCommandInProcessToo() throws Exception {
    Map<String, String> before = digests(index());
    Path rules =
        pack(
            "// devpulse: trusted pack\nrule \"nap\"\nwhen\n    ItemFact()\nthen\n"
                + "    Thread.sleep(600000);\nend\n");
    System.setProperty("devpulse.rules.item-budget-ms", "300");
    try {
      CliRun run = importWith(rules);
      assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(run.err())
          .startsWith("devpulse: rule \"nap\" ran past the time budget on vllm-project/vllm#");
    } finally {
      System.clearProperty("devpulse.rules.item-budget-ms");
    }
    assertThat(digests(index())).isEqualTo(before);
  }

  @Test
  void systemExitInATrustedRuleDoesNotEndTheCommandSilently() throws Exception {
    Map<String, String> before = digests(index());
    Path rules =
        pack(
            "// devpulse: trusted pack\nrule \"leave\"\nwhen\n    ItemFact()\nthen\n"
                + "    System.exit(0);\nend\n");

    String log = importInChildJvm(rules, ExitCode.USER_ERROR);

    assertThat(log).contains("devpulse: the command was ended by System.exit in a rule");
    assertThat(digests(index())).isEqualTo(before);
  }

  @Test
  void anUntrustedPackCallingSystemExitIsRefusedBeforeItRuns() throws Exception {
    Map<String, String> before = digests(index());
    Path rules = pack("rule \"leave\"\nwhen\n    ItemFact()\nthen\n    System.exit(0);\nend\n");

    CliRun run = importWith(rules);
    CliRun check = CliRun.withEnv(env(), "rules", "check", rules.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("faulty.drl:8:5: uses System, which an untrusted pack may not");
    assertThat(check.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(check.err()).contains("faulty.drl:8:5: uses System");
    assertThat(digests(index())).isEqualTo(before);
  }

  static Map<String, String> digests(Path dir) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        digests.put(
            p.getFileName().toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return digests;
  }
}
