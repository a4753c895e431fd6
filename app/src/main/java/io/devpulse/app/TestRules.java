package io.devpulse.app;

import io.devpulse.app.internal.RuleCase;
import io.devpulse.app.internal.RuleCases;
import io.devpulse.classify.Pack;
import io.devpulse.model.Classification;
import io.devpulse.model.Priority;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a rule pack, without history, on the cases of a cases file: JSON Lines, one case per line,
 * an item and what the rules must conclude about it — topics it must have, topics it must not have,
 * and (optionally) its priority:
 *
 * <pre>{@code
 * {"name": "fp8 crash", "kind": "issue", "title": "...", "body": "...", "labels": ["bug"],
 *  "author": "someone", "authorType": "User", "files": ["vllm/x.py"],
 *  "expect": {"topics": ["low-precision"], "notTopics": ["amd-rocm"], "priority": "high"}}
 * }</pre>
 *
 * Only {@code title} and {@code expect} are required; blank lines and lines starting with {@code #}
 * are skipped. A mistake is a one-line error naming file, line and field.
 */
public final class TestRules {
  private final Devpulse app;

  public TestRules(Devpulse app) {
    this.app = app;
  }

  public record Request(Pack pack, Path casesFile) {
    public Request {
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(casesFile, "casesFile");
    }
  }

  /** Each case's outcome, in file order. */
  public record Result(List<Outcome> outcomes) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    public long passed() {
      return outcomes.stream().filter(Outcome::passed).count();
    }

    public long failed() {
      return outcomes.size() - passed();
    }
  }

  /** One case's outcome: no failures means it passed. */
  public record Outcome(String name, List<Failure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** One way a classification misses a case; a front end words it. */
  public sealed interface Failure {}

  /** Topics the case wants that the rules did not give ({@code actual} is what they gave). */
  public record MissingTopics(Set<String> missing, List<String> actual) implements Failure {}

  /** Topics the case forbids that the rules gave. */
  public record UnwantedTopics(Set<String> unwanted) implements Failure {}

  public record WrongPriority(Priority actual, Priority expected) implements Failure {}

  /**
   * @throws io.devpulse.model.UserErrorException for a cases file that is malformed or holds no
   *     case
   */
  public Result run(Request request) throws IOException {
    List<RuleCase> cases = RuleCases.read(request.casesFile());
    List<Outcome> outcomes = new ArrayList<>(cases.size());
    try (Classifier classifier = app.rules().compile(request.pack().rules()).newClassifier()) {
      for (RuleCase c : cases) {
        Classification actual = classifier.classify(c.item(), History.NONE);
        outcomes.add(new Outcome(c.name(), failures(c, actual)));
      }
    }
    return new Result(outcomes);
  }

  /** The ways {@code actual} misses case {@code c}; empty when it passes. */
  static List<Failure> failures(RuleCase c, Classification actual) {
    List<Failure> failures = new ArrayList<>();
    Set<String> missing = new TreeSet<>(c.topics());
    missing.removeAll(actual.topics());
    if (!missing.isEmpty()) {
      failures.add(new MissingTopics(missing, actual.topics()));
    }
    Set<String> unwanted = new TreeSet<>(c.notTopics());
    unwanted.retainAll(actual.topics());
    if (!unwanted.isEmpty()) {
      failures.add(new UnwantedTopics(unwanted));
    }
    if (c.priority() != null && c.priority() != actual.priority()) {
      failures.add(new WrongPriority(actual.priority(), c.priority()));
    }
    return failures;
  }
}
