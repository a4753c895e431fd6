package io.devpulse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module graph model ← github, index, rules ← report ← app ← cli (ingestion never reaching report),
 * and the engines behind their modules, checked on the main classes of every module (the cli's test
 * class path holds them all): a wrong-way import fails the build with the offending class and line.
 */
class ModuleBoundariesTest {
  /**
   * The app classes that bring data in (import and sync, their requests and results, the coverage they
   * record); with github, index, rules and the classification engine, what ingestion is.
   */
  static final String APP_INGESTION =
      "io\\.devpulse\\.app\\.(internal\\.)?(Import|Sync|Coverage|GithubConnection)\\w*(\\$.*)?";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // The other modules come as jars; their test jars (fakes, fixtures) are not main code.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("io.devpulse");
  }

  static List<ArchRule> rules() {
    return List.of(
        noClasses().that().resideInAPackage("io.devpulse.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.devpulse.github..", "io.devpulse.index..", "io.devpulse.rules..",
                "io.devpulse.report..", "io.devpulse.app..", "io.devpulse.cli..")
            .as("model depends on nothing of devpulse"),
        noClasses().that().resideInAnyPackage("io.devpulse.github..", "io.devpulse.index..",
                "io.devpulse.rules..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.devpulse.report..", "io.devpulse.app..", "io.devpulse.cli..")
            .as("github, index and rules do not know report, app or cli"),
        noClasses().that().resideInAPackage("io.devpulse.github..")
            .should().dependOnClassesThat().resideInAnyPackage("io.devpulse.index..", "io.devpulse.rules..")
            .as("github is beside index and rules, not above them"),
        noClasses().that().resideInAPackage("io.devpulse.index..")
            .should().dependOnClassesThat().resideInAnyPackage("io.devpulse.github..", "io.devpulse.rules..")
            .as("index is beside github and rules"),
        noClasses().that().resideInAPackage("io.devpulse.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("io.devpulse.github..", "io.devpulse.index..")
            .as("rules are beside github and index"),
        noClasses().that().resideInAPackage("io.devpulse.report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                "io.devpulse.app..", "io.devpulse.cli..", "io.devpulse.github..")
            .as("report cannot import app, cli or github"),
        noClasses().that().resideInAnyPackage("io.devpulse.github..", "io.devpulse.index..",
                "io.devpulse.rules..", "io.devpulse.classify..")
            .or().haveNameMatching(APP_INGESTION)
            .should().dependOnClassesThat().resideInAPackage("io.devpulse.report..")
            .as("ingestion (import, sync, what they classify and the coverage they record) never imports report"),
        noClasses().that().resideInAPackage("io.devpulse.app..")
            .should().dependOnClassesThat().resideInAnyPackage("io.devpulse.cli..", "picocli..")
            .as("app knows no front end"),
        noClasses().that().resideOutsideOfPackage("io.devpulse.index..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .as("only index imports Lucene"),
        noClasses().that().resideOutsideOfPackage("io.devpulse.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
            .as("only rules imports Drools"),
        noClasses().that().resideOutsideOfPackage("io.devpulse.github..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .as("only github speaks HTTP"),
        noClasses().that().resideInAPackage("io.devpulse.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.index.HistoryIndex")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.index.IndexUpdate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.rules.Classifier")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.rules.CompiledRules")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.rules.RuleCompiler")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.devpulse.github.GithubClient")
            .as("cli opens no index, compiles no rules and calls no GitHub itself: it calls app"),
        internalOnlyWithin("github"), internalOnlyWithin("index"), internalOnlyWithin("rules"),
        internalOnlyWithin("report"), internalOnlyWithin("app"));
  }

  private static ArchRule internalOnlyWithin(String module) {
    return noClasses().that().resideOutsideOfPackage("io.devpulse." + module + "..")
        .should().dependOnClassesThat().resideInAPackage("io.devpulse." + module + ".internal..")
        .as(module + "'s internal packages are its own");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(main);
  }

  @Test
  void aWrongWayImportIsCaught() {
    // The rules must be able to fail: report's classes against a rule that forbids what they use.
    EvaluationResult result = noClasses().that().resideInAPackage("io.devpulse.report..")
        .should().dependOnClassesThat().resideInAPackage("io.devpulse.index..")
        .evaluate(main);

    assertThat(result.hasViolation()).isTrue();
    assertThat(main.containPackage("io.devpulse.cli.command")).isTrue();
    assertThat(main.containPackage("io.devpulse.app")).isTrue();
  }

  @Test
  void theIngestionRuleSeesImportSyncAndTheCoverageLedger() {
    // A rename must not leave the rule guarding nothing.
    List<String> ingestion = main.stream().map(c -> c.getName())
        .filter(n -> n.matches(APP_INGESTION)).toList();

    assertThat(ingestion).contains("io.devpulse.app.ImportFiles", "io.devpulse.app.SyncRepositories",
        "io.devpulse.app.Syncer", "io.devpulse.app.internal.CoverageLedger",
        "io.devpulse.app.internal.ImportSpans");
  }
}
