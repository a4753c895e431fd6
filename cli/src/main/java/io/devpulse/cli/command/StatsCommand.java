package io.devpulse.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.devpulse.app.ShowStats;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.OutputFormat;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.output.StatsView;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse stats}: what the index holds (per repository, kind and state), its span and last
 * import.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class StatsCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "stats.format")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    ShowStats.Result result =
        new ShowStats(ctx.app())
            .run(new ShowStats.Request(dir, rules.pack(ctx.env()), ctx.notices()));
    if (result.damaged()) {
      // Health first: a damaged index is reported (CheckIndex), not read.
      if (result.damageOrNull() == null) {
        ctx.out().println(Messages.get("stats.health") + " " + result.health().summary());
        result.health().problems().forEach(p -> ctx.out().println("  " + p));
      } else {
        ctx.out().println(Messages.get("stats.health") + " damaged: " + result.damageOrNull());
      }
      throw new UserErrorException(Messages.get("stats.damaged", dir));
    }
    StatsView view = StatsView.of(dir, result.statsOrNull(), result.health(), result.coverage());
    if (format == OutputFormat.JSON) {
      ctx.out()
          .println(
              new ObjectMapper()
                  .enable(SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(view));
    } else {
      ctx.out().print(view.render());
    }
    return ExitCode.OK;
  }
}
