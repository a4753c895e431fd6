package io.devpulse.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive set answers as a set of key strings does, through growth and removals. */
class ItemKeySetTest {
  @Test
  void answersAsASetOfKeysThroughAddsAndRemovals() {
    ItemKeySet set = new ItemKeySet();
    Set<String> model = new HashSet<>();
    Random random = new Random(23);
    String[] repositories = {"vllm-project/vllm", "pytorch/pytorch", "acme/widgets"};
    for (int i = 0; i < 20_000; i++) {
      String repository = repositories[random.nextInt(repositories.length)];
      int number = 1 + random.nextInt(3_000);
      String key = repository + "#" + number;
      if (random.nextInt(3) == 0) {
        set.remove(repository, number);
        model.remove(key);
      } else {
        set.add(repository, number);
        model.add(key);
      }
      assertThat(set.contains(repository, number)).isEqualTo(model.contains(key));
    }
    assertThat(set.keys()).isEqualTo(model);
    assertThat(set.contains("other/repo", 1)).isFalse();
    set.clear();
    assertThat(set.isEmpty()).isTrue();
    assertThat(set.keys()).isEmpty();
  }
}
