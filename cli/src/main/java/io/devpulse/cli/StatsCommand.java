package io.devpulse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
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
      descriptionKey = "stats.format", converter = Converters.OutputFormatConverter.class)
  OutputFormat format;

  @Option(names = "--verbose", descriptionKey = "option.verbose")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    ClassificationRefresh.ensureCurrent(dir, rules.pack(ctx.env()), ctx.err());
    try (HistoryIndex history = HistoryIndex.open(dir)) {
      IndexStats stats = history.stats();
      if (format == OutputFormat.JSON) {
        ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(StatsView.of(dir, stats)));
      } else {
        ctx.out().print(StatsView.of(dir, stats).render());
      }
    }
    return ExitCode.OK;
  }
}
