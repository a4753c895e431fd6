package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchRulesTest {
  @TempDir Path tmp;

  @Test
  void diffsAgainOnEverySaveReportsABrokenPackAndWatchesOn() throws Exception {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-week-2025-12-12/issues.json");
    Path rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, true);
    List<Object> rounds = new CopyOnWriteArrayList<>();
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    // Each round makes the next edit, as a person at an editor would, then the watcher sees it.
    List<ThrowingEdit> edits =
        List.of(
            () ->
                Files.writeString(
                    rules.resolve("terms/topics/performance.txt"),
                    "word: fused\n",
                    StandardOpenOption.APPEND),
            () -> Files.writeString(rules.resolve("broken.drl"), "rule \"x\" when then end end\n"),
            () -> Files.delete(rules.resolve("broken.drl")));
    WatchRules.Listener listener =
        new WatchRules.Listener() {
          @Override
          public boolean diffed(DiffRules.Result result, Duration took) {
            rounds.add(result);
            return next();
          }

          @Override
          public boolean failed(UserErrorException problem) {
            rounds.add(problem);
            return next();
          }

          private boolean next() {
            int done = rounds.size();
            if (done > edits.size()) {
              return false;
            }
            try {
              edits.get(done - 1).run();
            } catch (Exception e) {
              crashed.set(e);
              return false;
            }
            return true;
          }
        };
    Thread watching =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    new WatchRules(TestApp.APP)
                        .run(
                            new WatchRules.Request(
                                rules, index, 2, Duration.ofMillis(200), listener));
                  } catch (Throwable t) {
                    crashed.set(t);
                  }
                });
    watching.join(TimeUnit.SECONDS.toMillis(120));
    watching.interrupt();

    assertThat(crashed.get()).isNull();
    assertThat(rounds).hasSize(4);
    assertThat(((DiffRules.Result) rounds.get(0)).nothingChanges()).isTrue();
    assertThat(((DiffRules.Result) rounds.get(1)).changed()).isPositive();
    assertThat(rounds.get(2)).isInstanceOf(UserErrorException.class);
    assertThat(((UserErrorException) rounds.get(2)).getMessage()).contains("broken.drl");
    assertThat(((DiffRules.Result) rounds.get(3)).changed())
        .isEqualTo(((DiffRules.Result) rounds.get(1)).changed());
  }

  @Test
  void needsARulesDirectory() {
    assertThatThrownBy(
            () -> new WatchRules.Request(tmp.resolve("none"), tmp, 1, Duration.ZERO, null))
        .isInstanceOf(UserErrorException.class)
        .hasMessageContaining("does not exist");
  }

  private interface ThrowingEdit {
    void run() throws Exception;
  }
}
