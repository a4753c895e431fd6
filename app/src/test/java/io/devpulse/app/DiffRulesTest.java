package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.ClassificationPass;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffRulesTest {
  @TempDir Path tmp;

  private static Map<Integer, Classification> stored(Path index) {
    Map<Integer, Classification> out = new TreeMap<>();
    try (HistoryIndex h = HistoryIndex.open(index)) {
      h.forEachItem(i -> out.put(i.item().number(), i.classification()));
    }
    return out;
  }

  @Test
  void anUnchangedPackChangesNothing() {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-week-2025-12-12/issues.json");

    DiffRules.Result r =
        new DiffRules(TestApp.APP).run(new DiffRules.Request(index, TestPacks.BUILT_IN, 3));

    assertThat(r.nothingChanges()).isTrue();
    assertThat(r.classified()).isZero();
    assertThat(r.items()).isEqualTo(222);
  }

  @Test
  void aOneWordEditListsExactlyTheItemsThatApplyingItChanges() throws Exception {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-week-2025-12-12/issues.json");
    Path dir = tmp.resolve("rules");
    RulePacks.writeBuiltIn(dir, true);
    Files.writeString(
        dir.resolve("terms/topics/performance.txt"), "word: fused\n", StandardOpenOption.APPEND);
    Pack edited = Pack.load(dir);
    Map<Integer, Classification> before = stored(index);

    DiffRules.Result diff =
        new DiffRules(TestApp.APP).run(new DiffRules.Request(index, edited, 1000));

    assertThat(stored(index)).as("nothing stored").isEqualTo(before);
    new Reclassify(TestApp.APP).run(new Reclassify.Request(index, edited, false));
    Map<Integer, Classification> after = stored(index);
    Set<Integer> changed =
        before.keySet().stream()
            .filter(n -> !ClassificationPass.sameResult(before.get(n), after.get(n)))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(changed).isNotEmpty();
    assertThat(diff.changed()).isEqualTo(changed.size());
    DiffRules.Delta perf =
        diff.topics().stream()
            .filter(d -> d.name().equals("performance"))
            .findFirst()
            .orElseThrow();
    Set<Integer> gained =
        perf.gainedExamples().stream()
            .map(DiffRules.Example::number)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> expected =
        changed.stream()
            .filter(
                n -> after.get(n).hasTopic("performance") && !before.get(n).hasTopic("performance"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(gained).isEqualTo(expected);
    assertThat(perf.gained()).isEqualTo(expected.size());
    assertThat(perf.gainedExamples())
        .allSatisfy(
            e ->
                assertThat(e.evidence())
                    .anySatisfy(ev -> assertThat(ev.text()).containsIgnoringCase("fused")));
    assertThat(perf.after()).isEqualTo(perf.before() + perf.gained() - perf.lost());
  }
}
