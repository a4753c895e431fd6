package io.devpulse.cli;

import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case option values for enums, with the accepted values in the error. */
final class Converters {
  private Converters() {}

  static <E extends Enum<E>> E lowerCaseEnum(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return e;
      }
    }
    throw new TypeConversionException("'" + value + "' is not one of "
        + Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .collect(Collectors.joining(", ")));
  }

  static final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return Converters.lowerCaseEnum(OutputFormat.class, value);
    }
  }

  static final class CountByConverter implements ITypeConverter<CountBy> {
    @Override
    public CountBy convert(String value) {
      return Converters.lowerCaseEnum(CountBy.class, value);
    }
  }

  static final class DateFieldConverter implements ITypeConverter<DateField> {
    @Override
    public DateField convert(String value) {
      return Converters.lowerCaseEnum(DateField.class, value);
    }
  }

  static final class SortSpecConverter implements ITypeConverter<SortSpec> {
    @Override
    public SortSpec convert(String value) {
      try {
        return SortSpec.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
