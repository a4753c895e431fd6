package io.devpulse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module graph model ← github, index, rules ← classify, report ← app ← cli (ingestion never
 * reaching report), and the engines behind their modules, checked on the main classes of every
 * module (the cli's test class path holds them all): a wrong-way import fails the build with the
 * offending class and line.
 */
class ModuleBoundariesTest {
  /**
   * The app classes that bring data in (import and sync, their requests and results, the coverage
   * they record); with github, index, rules and the classification engine, what ingestion is.
   */
  static final String APP_INGESTION =
      "io\\.devpulse\\.app\\.(internal\\.)?(Import|Sync|Coverage|GithubConnection)\\w*(\\$.*)?";

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The other modules come as jars; their test jars (fakes, fixtures) are not main code.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.devpulse");
  }

  static List<ArchRule> rules() {
    return List.of(
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.devpulse.github..",
                "io.devpulse.index..",
                "io.devpulse.rules..",
                "io.devpulse.report..",
                "io.devpulse.app..",
                "io.devpulse.cli..")
            .as("model depends on nothing of devpulse"),
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.devpulse.github..", "io.devpulse.index..", "io.devpulse.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.devpulse.classify..",
                "io.devpulse.report..",
                "io.devpulse.app..",
                "io.devpulse.cli..")
            .as("github, index and rules do not know classify, report, app or cli"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.classify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "io.devpulse.github..",
                "io.devpulse.report..",
                "io.devpulse.app..",
                "io.devpulse.cli..")
            .as("classify sits on index and rules alone"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.devpulse.classify..")
            .as("report reads what the engine stored, it does not classify"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.github..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.devpulse.index..", "io.devpulse.rules..")
            .as("github is beside index and rules, not above them"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.index..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.devpulse.github..", "io.devpulse.rules..")
            .as("index is beside github and rules"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.devpulse.github..", "io.devpulse.index..")
            .as("rules are beside github and index"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.devpulse.app..", "io.devpulse.cli..", "io.devpulse.github..")
            .as("report cannot import app, cli or github"),
        noClasses()
            .that()
            .resideInAnyPackage(
                "io.devpulse.github..",
                "io.devpulse.index..",
                "io.devpulse.rules..",
                "io.devpulse.classify..")
            .or()
            .haveNameMatching(APP_INGESTION)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.devpulse.report..")
            .as(
                "ingestion (import, sync, what they classify and the coverage they record) never imports report"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.devpulse.cli..", "picocli..")
            .as("app knows no front end"),
        noClasses()
            .that()
            .resideOutsideOfPackage("io.devpulse.index..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.lucene..")
            .as("only index imports Lucene"),
        noClasses()
            .that()
            .resideOutsideOfPackage("io.devpulse.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.drools..", "org.kie..")
            .as("only rules imports Drools"),
        noClasses()
            .that()
            .resideOutsideOfPackage("io.devpulse.github..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..")
            .as("only github speaks HTTP"),
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.cli..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.index.HistoryIndex")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.index.IndexUpdate")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.rules.Classifier")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.rules.CompiledRules")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.rules.RuleCompiler")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.devpulse.github.GithubClient")
            .as("cli opens no index, compiles no rules and calls no GitHub itself: it calls app"),
        onlyTheEngineMeetsTheIndexAndTheRules(),
        slices()
            .assignedFrom(PACKAGES)
            .should()
            .beFreeOfCycles()
            .as("no package cycles (a module's internal packages counted with its API)"),
        internalOnlyWithin("github"),
        internalOnlyWithin("index"),
        internalOnlyWithin("rules"),
        internalOnlyWithin("classify"),
        internalOnlyWithin("report"),
        internalOnlyWithin("app"),
        internalCallsNoUseCaseOf("index"),
        internalCallsNoUseCaseOf("rules"),
        internalCallsNoUseCaseOf("classify"),
        internalCallsNoUseCaseOf("report"),
        internalCallsNoUseCaseOf("app"));
  }

  /**
   * devpulse's packages, each module's {@code internal} packages in one slice with its API package:
   * they depend on each other by design (the API hands out internal implementations, they take and
   * return API records), so a cycle is one between two packages a reader would take for separate
   * units.
   */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
          String p = c.getPackageName();
          if (!p.startsWith("io.devpulse.")) {
            return SliceIdentifier.ignore();
          }
          int internal = p.indexOf(".internal");
          return SliceIdentifier.of(
              (internal < 0 ? p : p.substring(0, internal)).substring("io.devpulse.".length()));
        }

        @Override
        public String getDescription() {
          return "devpulse's packages, internal ones with their API package";
        }
      };

  /**
   * Only the engine meets the index and the rules: outside classify, no class — with the classes
   * nested in it, one source file — uses types of both. (index and rules cannot see each other, so
   * the rule only bites above them.)
   */
  static ArchRule onlyTheEngineMeetsTheIndexAndTheRules() {
    return classes()
        .that()
        .resideOutsideOfPackage("io.devpulse.classify..")
        .and()
        .areTopLevelClasses()
        .should(notMeetTheIndexAndTheRules())
        .as(
            "only classify uses both the index and the rules: outside it, no class (with its nested"
                + " classes) uses types of both io.devpulse.index.. and io.devpulse.rules.., named in"
                + " its class file or given or taken by what it calls; a class that opens the index"
                + " holds its pack as classify.Pack (origin, fingerprint, phrasing, focus topic,"
                + " review wait, stored term hits' reader) and classifies through classify.Engine");
  }

  /** {@code c} and the classes nested in it: one source file, one unit of the rule. */
  private static List<JavaClass> withNested(JavaClass c) {
    return c.getPackage().getClasses().stream()
        .filter(n -> n.equals(c) || n.getName().startsWith(c.getName() + "$"))
        .toList();
  }

  private static boolean inModule(JavaClass type, String module) {
    String p = type.getPackageName();
    return p.equals("io.devpulse." + module) || p.startsWith("io.devpulse." + module + ".");
  }

  private static boolean isIndex(JavaClass type) {
    return inModule(type, "index");
  }

  private static boolean isRules(JavaClass type) {
    return inModule(type, "rules");
  }

  /** What a call or field access hands over: the field's type, or what is passed and returned. */
  private static List<JavaClass> typesGivenOrTaken(AccessTarget target) {
    List<JavaClass> types = new ArrayList<>();
    if (target instanceof AccessTarget.CodeUnitAccessTarget u) {
      types.add(u.getRawReturnType());
      types.addAll(u.getRawParameterTypes());
    } else if (target instanceof AccessTarget.FieldAccessTarget f) {
      types.add(f.getRawType());
    }
    return types;
  }

  private static ArchCondition<JavaClass> notMeetTheIndexAndTheRules() {
    return new ArchCondition<>("not use both the index and the rules") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String index = null;
        String rules = null;
        for (JavaClass part : withNested(c)) {
          for (Dependency d : part.getDirectDependenciesFromSelf()) {
            if (index == null && isIndex(d.getTargetClass())) {
              index = d.getDescription();
            }
            if (rules == null && isRules(d.getTargetClass())) {
              rules = d.getDescription();
            }
          }
          // A local variable's type is not in the class file: the call that gives or takes it is.
          for (JavaAccess<?> a : part.getAccessesFromSelf()) {
            for (JavaClass type : typesGivenOrTaken(a.getTarget())) {
              if (index == null && isIndex(type)) {
                index = a.getDescription() + ", which gives or takes " + type.getName();
              }
              if (rules == null && isRules(type)) {
                rules = a.getDescription() + ", which gives or takes " + type.getName();
              }
            }
          }
        }
        if (index != null && rules != null) {
          events.add(
              SimpleConditionEvent.violated(
                  c,
                  c.getName()
                      + " uses the index ("
                      + index
                      + ") and the rules ("
                      + rules
                      + "): classifying belongs to the classify module (classify.Engine), and a"
                      + " class that opens the index holds its pack as classify.Pack"));
        }
      }
    };
  }

  /** A module's use case: a top-level class of its API package with a public {@code run}. */
  private static DescribedPredicate<JavaClass> useCaseOf(String module) {
    return DescribedPredicate.describe(
        "use cases of " + module,
        c ->
            c.getPackageName().equals("io.devpulse." + module)
                && c.isTopLevelClass()
                && c.getMethods().stream()
                    .anyMatch(
                        m ->
                            m.getName().equals("run")
                                && m.getModifiers().contains(JavaModifier.PUBLIC)));
  }

  private static ArchRule internalCallsNoUseCaseOf(String module) {
    return noClasses()
        .that()
        .resideInAPackage("io.devpulse." + module + ".internal..")
        .should()
        .dependOnClassesThat(useCaseOf(module))
        .as(module + "'s internal packages serve its use cases and never call one");
  }

  private static ArchRule internalOnlyWithin(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage("io.devpulse." + module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.devpulse." + module + ".internal..")
        .as(module + "'s internal packages are its own");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(main);
  }

  @Test
  void theNewRulesCanFail() {
    // Each against classes that do what it forbids elsewhere: the cli calls app's use cases, and
    // the
    // engine classifies with the index.
    assertThat(
            noClasses()
                .that()
                .resideInAPackage("io.devpulse.cli..")
                .should()
                .dependOnClassesThat(useCaseOf("app"))
                .evaluate(main)
                .hasViolation())
        .isTrue();
    assertThat(
            slices()
                .matching("io.devpulse.(**)")
                .should()
                .beFreeOfCycles()
                .evaluate(main)
                .hasViolation())
        .isTrue();
  }

  @Test
  void theEngineRuleCatchesCompiledRulesBesideTheIndex() {
    // The engine itself does what the rule forbids elsewhere; and so does a class that only holds
    // a pack's compiled rules in a local variable, which no dependency of its class file names.
    assertThat(
            classes()
                .that()
                .resideInAPackage("io.devpulse.classify..")
                .and()
                .areTopLevelClasses()
                .should(notMeetTheIndexAndTheRules())
                .evaluate(main)
                .hasViolation())
        .isTrue();
    assertThat(violationsOf(CompiledRulesBesideTheIndex.class))
        .singleElement()
        .asString()
        .contains(
            CompiledRulesBesideTheIndex.class.getName(), "which gives or takes io.devpulse.rules.");
  }

  @Test
  void theEngineRuleCatchesThePackAsLoadedBesideTheIndex() {
    // The rules' RulePack is a type of the rules like any other: beside the index, it is the
    // engine's classify.Pack that a class holds.
    assertThat(violationsOf(RulePackBesideTheIndex.class))
        .singleElement()
        .asString()
        .contains(RulePackBesideTheIndex.class.getName(), "io.devpulse.rules.RulePack");
  }

  private static List<String> violationsOf(Class<?> fixture) {
    return onlyTheEngineMeetsTheIndexAndTheRules()
        .evaluate(new ClassFileImporter().importClasses(fixture))
        .getFailureReport()
        .getDetails();
  }

  @Test
  void aWrongWayImportIsCaught() {
    // The rules must be able to fail: report's classes against a rule that forbids what they use.
    EvaluationResult result =
        noClasses()
            .that()
            .resideInAPackage("io.devpulse.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.devpulse.index..")
            .evaluate(main);

    assertThat(result.hasViolation()).isTrue();
    assertThat(main.containPackage("io.devpulse.cli.command")).isTrue();
    assertThat(main.containPackage("io.devpulse.app")).isTrue();
  }

  @Test
  void theIngestionRuleSeesImportSyncAndTheCoverageLedger() {
    // A rename must not leave the rule guarding nothing.
    List<String> ingestion =
        main.stream().map(c -> c.getName()).filter(n -> n.matches(APP_INGESTION)).toList();

    assertThat(ingestion)
        .contains(
            "io.devpulse.app.ImportFiles",
            "io.devpulse.app.SyncRepositories",
            "io.devpulse.app.Syncer",
            "io.devpulse.app.internal.CoverageLedger",
            "io.devpulse.app.internal.ImportSpans");
  }
}
