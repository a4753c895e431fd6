package io.devpulse.cli.command;

import io.devpulse.app.DiffRules;
import io.devpulse.app.WatchRules;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.output.RulesDiffView;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules diff}: what the pack would change on the index against the classification
 * stored now, storing nothing; exits 0 when nothing changes, 1 when something does (a gate for a
 * pull request that edits rules). With {@code --watch}, diffs again on every save of the rules
 * directory, in one warm process ({@link WatchRules}).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesDiffCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    TABLE,
    JSON,
    MD
  }

  @ParentCommand RulesCommand parent;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "rules.diff.format")
  Format format;

  @Option(
      names = "--examples",
      paramLabel = "N",
      defaultValue = "3",
      descriptionKey = "rules.diff.examples")
  int examples;

  @Option(names = "--watch", descriptionKey = "rules.diff.watch")
  boolean watch;

  @Override
  public Integer call() throws InterruptedException {
    CliContext ctx = parent.context();
    if (watch) {
      return watch(ctx);
    }
    DiffRules.Result result =
        new DiffRules(ctx.app())
            .run(
                new DiffRules.Request(
                    index.resolve(ctx.env()), rules.pack(ctx.env()), Math.max(0, examples)));
    ctx.out().print(view(result));
    return result.nothingChanges() ? ExitCode.OK : ExitCode.USER_ERROR;
  }

  private String view(DiffRules.Result result) {
    return switch (format) {
      case TABLE -> RulesDiffView.table(result);
      case JSON -> RulesDiffView.json(result);
      case MD -> RulesDiffView.markdown(result);
    };
  }

  /** Diffs on every save until interrupted (Ctrl-C). */
  private int watch(CliContext ctx) throws InterruptedException {
    Path dir = rules.dir();
    if (dir == null) {
      throw new UserErrorException(Messages.get("rules.diff.watch.needs.dir"));
    }
    WatchRules.Listener listener =
        new WatchRules.Listener() {
          @Override
          public boolean diffed(DiffRules.Result result, Duration took) {
            ctx.out().print(view(result));
            ctx.err()
                .println(Messages.get("rules.diff.watch.round", took.toMillis() / 1000.0, dir));
            return true;
          }

          @Override
          public boolean failed(UserErrorException problem) {
            ctx.err().println(problem.getMessage());
            ctx.err().println(Messages.get("rules.diff.watch.waiting", dir));
            return true;
          }
        };
    new WatchRules(ctx.app())
        .run(
            new WatchRules.Request(
                dir,
                index.resolve(ctx.env()),
                Math.max(0, examples),
                Duration.ofMillis(300),
                listener));
    return ExitCode.OK;
  }
}
