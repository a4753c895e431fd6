package io.devpulse.cli.option;

import io.devpulse.github.RecordType;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.model.Repository;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values become the CLI's types, registered once for every command: enums by lower-case
 * name (the error lists the accepted values), value types by their own parsers (the error is their
 * message).
 */
public final class Converters {
  private Converters() {}

  public static void registerAll(CommandLine cli) {
    register(cli, Repository.class, Repository::parse);
    register(cli, RecordType.class, RecordType::parse);
    register(cli, SortSpec.class, SortSpec::parse);
    cli.registerConverter(java.time.ZoneId.class, ZoneNames::parse);
    registerEnum(cli, OutputFormat.class);
    registerEnum(cli, CountBy.class);
    registerEnum(cli, DateField.class);
    registerEnum(cli, ReportFormat.class);
    registerEnum(cli, ReportLanguage.class);
  }

  private static <T> void register(CommandLine cli, Class<T> type, Function<String, T> parse) {
    cli.registerConverter(
        type,
        value -> {
          try {
            return parse.apply(value);
          } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
          }
        });
  }

  /** Registers {@code type}'s values by lower-case name (a command's own format, say). */
  public static <E extends Enum<E>> void registerEnum(CommandLine cli, Class<E> type) {
    cli.registerConverter(type, value -> lowerCaseEnum(type, value));
  }

  static <E extends Enum<E>> E lowerCaseEnum(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return e;
      }
    }
    throw new TypeConversionException(
        "'"
            + value
            + "' is not one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
  }
}
