package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Map<String, String> values(String... nameValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.put(nameValues[i], nameValues[i + 1]);
    }
    return out;
  }

  @Test
  void encodesAndDecodesWithItsValuesInOrder() {
    Finding f =
        Finding.of(
            "speedup-claim",
            "finding: measured speed-up",
            values("metric", "ttft", "amount", "15%"),
            "body: 'TTFT is 15%\tlower'");

    Finding back = Finding.decode(f.encode());

    assertThat(back).isEqualTo(f);
    assertThat(back.values().keySet()).containsExactly("metric", "amount");
    assertThat(back.evidence().text()).isEqualTo("body: 'TTFT is 15% lower'");
    assertThat(back.value("missing")).isEmpty();
    assertThat(
            Finding.decode(Finding.of("crash-fix", "r", Map.of(), "title: 'x'").encode()).values())
        .isEmpty();
  }

  @Test
  void kindsAndValueNamesAreLowerCaseWordsWithDashes() {
    assertThatThrownBy(() -> Finding.of("Speedup Claim", "r", Map.of(), "t"))
        .hasMessageContaining("kind (Speedup Claim) must be lower-case words joined by dashes");
    assertThatThrownBy(() -> Finding.of("speedup-claim", "r", Map.of("Amount", "1"), "t"))
        .hasMessageContaining("value name (Amount)");
    assertThatThrownBy(() -> Finding.of("speedup-claim", " ", Map.of(), "t"))
        .hasMessage("rule must not be blank");
    assertThatThrownBy(
            () ->
                new Finding("compat-risk", "r", Map.of(), Evidence.topic("compat-risk", "r", "t")))
        .hasMessageContaining("must be finding evidence labelled compat-risk");
  }

  @Test
  void aClassificationsPrimaryTopicIsOneOfItsTopics() {
    Evidence why = Evidence.primary("performance", "primary: title tag", "title tag [Perf]");
    Classification c =
        new Classification(
            List.of("low-precision", "performance"),
            Priority.NORMAL,
            List.of(why),
            "f",
            List.of(),
            "performance",
            List.of());
    assertThat(c.primaryTopic()).contains("performance");
    assertThat(c.primaryEvidence()).containsExactly(why);
    assertThat(new Classification(List.of(), Priority.LOW, List.of(), "f").primaryTopic())
        .isEmpty();
    assertThatThrownBy(
            () ->
                new Classification(
                    List.of("docs"),
                    Priority.LOW,
                    List.of(),
                    "f",
                    List.of(),
                    "performance",
                    List.of()))
        .hasMessage("primary topic (performance) must be among the topics ([docs])");
  }

  @Test
  void evidenceOfThePrimaryTopicAndOfFindingsIsStoredLikeAnyOther() {
    for (Evidence e :
        List.of(
            Evidence.primary("docs", "primary: label", "label 'documentation'"),
            Evidence.finding("crash-fix", "finding: crash fixed", "title: 'segfault'"))) {
      assertThat(Evidence.decode(e.encode())).isEqualTo(e);
    }
  }
}
