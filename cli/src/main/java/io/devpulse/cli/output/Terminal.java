package io.devpulse.cli.output;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Whether progress lines are wanted: {@code DEVPULSE_PROGRESS=always|never} decides, else whether
 * the process talks to a terminal. {@code System.console()} alone does not tell on JDK 22 and later
 * (it returns a console for pipes too), so {@code Console.isTerminal()} is asked when it exists.
 */
public final class Terminal {
  /** The environment variable that overrides terminal detection. */
  public static final String PROGRESS_VARIABLE = "DEVPULSE_PROGRESS";

  private Terminal() {}

  public static boolean wantsProgress(Map<String, String> env) {
    String setting = env.getOrDefault(PROGRESS_VARIABLE, "auto").strip().toLowerCase(Locale.ROOT);
    return switch (setting) {
      case "always", "1", "true", "yes" -> true;
      case "never", "0", "false", "no" -> false;
      default -> isTerminal(System.console());
    };
  }

  public static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 21: a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
