package io.devpulse.rules;

import static io.devpulse.rules.ClassifierTest.withExtraRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runaway rules (issue #24): a time budget per item and per command, and errors that are one line.
 */
class RuleBudgetTest {
  /**
   * Long enough that the built-in rules before the runaway one finish on a loaded machine (the
   * first sentence split loads ICU's break rules), short beside the runaway's minute: the budget
   * must name the runaway rule, not whichever rule was running when a tight budget ran out.
   */
  private static final Duration ITEM_BUDGET = Duration.ofSeconds(2);

  private static final String HEADER =
      "package t;\nimport io.devpulse.rules.facts.*;\n" + PackSafety.TRUSTED + "\n";

  @AfterEach
  void defaultHandler() {
    RuleWatchdog.onStuck(null);
  }

  @Test
  @Timeout(30)
  void aSleepingRuleIsStoppedAtTheItemBudgetNamingRuleAndItem() throws Exception {
    CompiledRules rules =
        withExtraRule(
            HEADER
                + """
        rule "nap"
        when ItemFact()
        then Thread.sleep(60000);
        end
        """);
    try (Classifier c = rules.newClassifier(new RuleBudget(ITEM_BUDGET, Duration.ofHours(1)))) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> c.classify(Fixtures.hourItem(30386), History.NONE))
          .isInstanceOfSatisfying(
              RuleRuntimeException.class, e -> assertThat(e.rules()).containsExactly("nap"))
          .hasMessage(
              "rule \"nap\" ran past the time budget on vllm-project/vllm#30386 (2 s per item,"
                  + " 60 min per command); stopped");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
      assertThat(Thread.currentThread().isInterrupted()).as("no interrupt left behind").isFalse();
    }
  }

  @Test
  @Timeout(30)
  void theCommandBudgetCountsTimeInRulesAcrossItems() {
    CompiledRules rules =
        withExtraRule(
            HEADER
                + """
        rule "slow"
        when ItemFact()
        then Thread.sleep(150);
        end
        """);
    try (Classifier c =
        rules.newClassifier(new RuleBudget(Duration.ofSeconds(5), Duration.ofMillis(400)))) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 20; i++) {
                  c.classify(Fixtures.hourItem(30386), History.NONE);
                }
              })
          .isInstanceOf(RuleRuntimeException.class)
          .hasMessageContaining("ran past the time budget")
          .hasMessageContaining("400 ms per command");
    }
  }

  @Test
  @Timeout(30)
  void aBusyLoopThatIgnoresInterruptsGoesToTheStuckHandlerWithTheSameMessage() throws Exception {
    CompiledRules rules =
        withExtraRule(
            HEADER
                + """
        rule "spin"
        when ItemFact()
        then while (true) { }
        end
        """);
    AtomicReference<String> stuck = new AtomicReference<>();
    RuleWatchdog.onStuck(stuck::set);
    Thread runner =
        new Thread(
            () -> {
              try (Classifier c =
                  rules.newClassifier(new RuleBudget(ITEM_BUDGET, Duration.ofHours(1)))) {
                c.classify(Fixtures.hourItem(30386), History.NONE);
              } catch (RuntimeException expectedNever) {
                // not reached: the loop never returns
              }
            });
    runner.setDaemon(true);
    runner.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (stuck.get() == null && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(stuck.get())
        .isEqualTo(
            "rule \"spin\" ran past the time budget on vllm-project/vllm#30386"
                + " (2 s per item, 60 min per command); stopped");
    // The spinning thread is a daemon: it ends with the test JVM (the CLI's handler ends the
    // process).
  }

  @Test
  void stackOverflowAndOutOfMemoryAreOneLineErrorsAndTheClassifierGoesOn() {
    CompiledRules rules =
        withExtraRule(
            HEADER
                + """
        function int deep(int n) { return deep(n + 1) + 1; }
        rule "recurse"
        when ItemFact( item.number() == 30386 )
        then deep(0);
        end
        rule "hoard"
        when ItemFact( item.number() == 30388 )
        then
          long[] all = new long[Integer.MAX_VALUE - 2];
        end
        """);
    try (Classifier c = rules.newClassifier()) {
      assertThatThrownBy(() -> c.classify(Fixtures.hourItem(30386), History.NONE))
          .isInstanceOf(RuleRuntimeException.class)
          .hasMessage(
              "rule \"recurse\" failed on vllm-project/vllm#30386: StackOverflowError"
                  + " (endless recursion or allocation?)");
      assertThatThrownBy(() -> c.classify(Fixtures.hourItem(30388), History.NONE))
          .isInstanceOf(RuleRuntimeException.class)
          .hasMessage(
              "rule \"hoard\" failed on vllm-project/vllm#30388: OutOfMemoryError"
                  + " (endless recursion or allocation?)");
      assertThat(
              c.classify(
                  Fixtures.hourItems().stream()
                      .filter(i -> i.number() != 30386 && i.number() != 30388)
                      .findFirst()
                      .orElseThrow(),
                  History.NONE))
          .isNotNull();
    }
  }

  @Test
  void budgetsMustBePositive() {
    assertThatThrownBy(() -> new RuleBudget(Duration.ZERO, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RuleBudget.fromSystemProperties())
        .isEqualTo(new RuleBudget(RuleBudget.DEFAULT_PER_ITEM, RuleBudget.DEFAULT_PER_COMMAND));
    assertThat(
            List.of(
                RuleBudget.describe(Duration.ofSeconds(10)),
                RuleBudget.describe(Duration.ofMillis(250))))
        .containsExactly("10 s", "250 ms");
  }
}
