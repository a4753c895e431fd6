package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void perTopicAndMicroScores() {
    Map<Integer, Set<String>> truth = Map.of(1, Set.of("a"), 2, Set.of("a", "b"), 3, Set.of());
    Map<Integer, Set<String>> predicted = Map.of(1, Set.of("a"), 3, Set.of("a", "b"));

    Evaluation e = Evaluation.of(truth, predicted, Set.of("a", "b"));

    assertThat(e.score("a"))
        .extracting(
            Evaluation.Score::truePositives,
            Evaluation.Score::falsePositives,
            Evaluation.Score::falseNegatives)
        .containsExactly(1, 1, 1);
    assertThat(e.score("a").f1()).isCloseTo(0.5, within(1e-9));
    assertThat(e.score("b").f1()).isZero();
    assertThat(e.micro().precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(e.toMarkdown()).contains("| a | 0.50 | 0.50 | 0.50 | 2 | 1 | 1 | 1 |");
    assertThat(e.falsePositives("a")).extracting(Evaluation.Miss::number).containsExactly(3);
    assertThat(e.falseNegatives("a")).extracting(Evaluation.Miss::number).containsExactly(2);
    assertThat(e.falseNegatives("b")).extracting(Evaluation.Miss::number).containsExactly(2);
  }

  static final SubjectTruth TRUTH =
      SubjectTruth.parse(
          "t.jsonl",
          """
      {"number": 1, "topics": ["perf"]}
      {"number": 2, "topics": ["perf"], "ambiguous": ["perf"]}
      {"number": 3, "topics": [], "ambiguous": ["perf"]}
      {"number": 4, "topics": []}
      {"number": 5, "topics": ["perf", "docs"]}
      {"number": 6, "topics": ["docs"]}
      """);

  static Evaluation.Prediction predicted(int number, String title, String... topics) {
    List<Evidence> evidence =
        java.util.Arrays.stream(topics)
            .map(t -> Evidence.topic(t, "topic: title term", "title: '" + t + number + "'"))
            .toList();
    return Evaluation.Prediction.of(
        number, title, new Classification(List.of(topics), Priority.NORMAL, evidence, "fp"));
  }

  @Test
  void ambiguousTopicsAreLeftOutOfThatRowsScoreOnly() {
    Evaluation e =
        Evaluation.of(
            TRUTH,
            List.of(
                predicted(1, "one", "perf"),
                predicted(2, "two"), // would be a false negative, but perf is ambiguous here
                predicted(3, "three", "perf"), // would be a false positive
                predicted(4, "four", "perf"),
                predicted(5, "five", "docs"),
                predicted(99, "not in the truth", "perf")),
            Set.of("docs", "perf"));

    assertThat(e.score("perf")).isEqualTo(new Evaluation.Score("perf", 1, 1, 1, 2));
    assertThat(e.score("docs")).isEqualTo(new Evaluation.Score("docs", 1, 0, 1, 0));
    assertThat(e.micro()).isEqualTo(new Evaluation.Score("micro avg", 2, 1, 2, 2));
    assertThat(e.falsePositives("perf"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.number()).isEqualTo(4);
              assertThat(m.title()).isEqualTo("four");
              assertThat(m.kind()).isEqualTo(Evaluation.Miss.Kind.FALSE_POSITIVE);
              assertThat(m.evidence())
                  .containsExactly(Evidence.topic("perf", "topic: title term", "title: 'perf4'"));
            });
    assertThat(e.falseNegatives("perf"))
        .extracting(Evaluation.Miss::number, Evaluation.Miss::predicted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, List.of("docs")));
    // item 6 has no prediction at all: a false negative with no title and nothing predicted
    assertThat(e.falseNegatives("docs"))
        .singleElement()
        .satisfies(m -> assertThat(m.toMarkdown()).isEqualTo("- #6 (predicted: none)"));
  }

  @Test
  void errorsAsMarkdownForShowErrors() {
    Evaluation e =
        Evaluation.of(
            TRUTH,
            List.of(
                predicted(1, "one"),
                predicted(4, "Fix slow import", "perf"),
                predicted(5, "five", "docs", "kernel"),
                predicted(6, "six", "docs", "perf")),
            Set.of("docs", "perf"));

    assertThat(e.errorsToMarkdown(5))
        .isEqualTo(
            """
        ### perf: 2 false positives, 2 false negatives (2 items left out as ambiguous)

        False positives:
        - #4 Fix slow import — "topic: title term": title: 'perf4'
        - #6 six — "topic: title term": title: 'perf6'

        False negatives:
        - #1 one (predicted: none)
        - #5 five (predicted: docs, kernel)
        """);
    assertThat(e.errorsToMarkdown(1))
        .isEqualTo(
            """
        ### perf: 2 false positives, 2 false negatives (2 items left out as ambiguous)

        False positives:
        - #4 Fix slow import — "topic: title term": title: 'perf4'
        - ... and 1 more

        False negatives:
        - #1 one (predicted: none)
        - ... and 1 more
        """);
    assertThat(e.errorsToMarkdown(0))
        .isEqualTo(
            "### perf: 2 false positives, 2 false negatives (2 items left out as ambiguous)\n");
    assertThat(
            Evaluation.of(
                    TRUTH,
                    List.of(
                        predicted(1, "one", "perf"),
                        predicted(5, "five", "perf", "docs"),
                        predicted(6, "six", "docs")),
                    Set.of("docs", "perf"))
                .errorsToMarkdown(3))
        .isEmpty();
    assertThatThrownBy(() -> e.errorsToMarkdown(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTwoPredictionsForOneItemAndUnknownTopics() {
    assertThatThrownBy(
            () ->
                Evaluation.of(TRUTH, List.of(predicted(1, "a"), predicted(1, "b")), Set.of("perf")))
        .hasMessage("two predictions for item 1");
    Evaluation e = Evaluation.of(TRUTH, List.of(), Set.of("perf"));
    assertThatThrownBy(() -> e.falsePositives("docs")).hasMessage("topic (docs) was not evaluated");
  }
}
