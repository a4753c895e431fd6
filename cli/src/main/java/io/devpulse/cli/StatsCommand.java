package io.devpulse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexHealth;
import io.devpulse.index.IndexStorageException;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code devpulse stats}: what the index holds (per repository, kind and state), its span and last import. */
@Command(name = "stats", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class StatsCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      descriptionKey = "stats.format")
  OutputFormat format;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    // Health first: a damaged index is reported (CheckIndex), not read.
    IndexHealth health = IndexHealth.check(dir);
    if (health.state() == IndexHealth.State.DAMAGED) {
      ctx.out().println(Messages.get("stats.health") + " " + health.summary());
      health.problems().forEach(p -> ctx.out().println("  " + p));
      throw new UserErrorException(Messages.get("stats.damaged", dir));
    }
    StatsView view;
    try {
      try (HistoryIndex history =
          ClassificationRefresh.openCurrent(dir, rules.pack(ctx.env()), ctx.err())) {
        view = StatsView.of(dir, history.stats(), health);
      }
    } catch (IndexStorageException e) {
      // Damage CheckIndex did not see (or that appeared since): report it the same way.
      ctx.out().println(Messages.get("stats.health") + " damaged: " + e.getMessage());
      throw new UserErrorException(Messages.get("stats.damaged", dir), e);
    }
    if (format == OutputFormat.JSON) {
      ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(view));
    } else {
      ctx.out().print(view.render());
    }
    return ExitCode.OK;
  }
}
