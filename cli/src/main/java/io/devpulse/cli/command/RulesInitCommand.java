package io.devpulse.cli.command;

import io.devpulse.app.InitRules;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code devpulse rules init DIR}: writes the built-in pack out for editing. */
@Command(name = "init", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesInitCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(paramLabel = "DIR", descriptionKey = "rules.init.dir")
  Path dir;

  @Option(names = "--force", descriptionKey = "rules.init.force")
  boolean force;

  @Override
  public Integer call() {
    List<String> written = new InitRules().run(new InitRules.Request(dir, force)).written();
    parent.context().out().println(Messages.get("rules.init.done", written.size(), dir));
    return ExitCode.OK;
  }
}
