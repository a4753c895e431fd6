package io.devpulse.cli.command;

import io.devpulse.app.EvaluateRules;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.model.Repository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules eval --truth FILE}: classifies the truth's items as stored in the index
 * (history: the earlier items as the pack classifies them) and prints precision, recall and F1 per
 * topic as a Markdown table, with {@code --halves} the same on each fixed half of the truth rows,
 * then with {@code --show-errors N} up to N false positives (with their evidence) and N false
 * negatives per topic. A truth of priority rows ({@code "priority"} instead of {@code "topics"}) is
 * scored by priority instead: exact level, needs attention, critical, the routine items raised, a
 * confusion matrix, and the wrong levels. A pull-request truth ({@code "primary"} or {@code
 * "speedup_claim"}) is scored by topic, primary topic and the speed-up and compatibility findings.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesEvalCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      required = true,
      descriptionKey = "rules.eval.truth")
  Path truth;

  @Option(names = "--truth-from-title-tags", descriptionKey = "rules.eval.fromTags")
  boolean fromTitleTags;

  @Option(names = "--strip-title-tags", descriptionKey = "rules.eval.strip")
  boolean stripTitleTags;

  @Option(names = "--no-history", descriptionKey = "rules.eval.noHistory")
  boolean noHistory;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "rules.eval.repo")
  Repository repo;

  @Option(
      names = "--show-errors",
      paramLabel = "N",
      defaultValue = "0",
      descriptionKey = "rules.eval.showErrors")
  int showErrors;

  @Option(names = "--halves", descriptionKey = "rules.eval.halves")
  boolean halves;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    EvaluateRules.Request request =
        new EvaluateRules.Request(
            index.resolve(ctx.env()),
            rules.pack(ctx.env()),
            truth,
            fromTitleTags,
            stripTitleTags,
            noHistory,
            repo);
    EvaluateRules.Scores result = evaluate(new EvaluateRules(ctx.app()), request);
    ctx.out().print(result.evaluation().toMarkdown());
    ctx.out().println(Messages.get("rules.eval.summary", result.evaluated(), result.missing()));
    if (halves) {
      ctx.out()
          .print(
              "\n" + Messages.get("rules.eval.half", "A") + "\n\n" + result.halfA().toMarkdown());
      ctx.out()
          .print(
              "\n" + Messages.get("rules.eval.half", "B") + "\n\n" + result.halfB().toMarkdown());
    }
    if (showErrors > 0) {
      String errors = result.evaluation().errorsToMarkdown(showErrors);
      ctx.out().print(errors.isEmpty() ? "" : "\n" + errors);
    }
    return ExitCode.OK;
  }

  /** The truth's kind picks the evaluation: pull requests, priorities, else topics. */
  private EvaluateRules.Scores evaluate(EvaluateRules use, EvaluateRules.Request request)
      throws IOException {
    if (!fromTitleTags && EvaluateRules.isPrTruth(truth)) {
      return use.runPr(request);
    }
    if (!fromTitleTags && EvaluateRules.isPriorityTruth(truth)) {
      return use.runPriority(request);
    }
    return use.run(request);
  }
}
