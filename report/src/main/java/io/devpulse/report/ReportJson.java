package io.devpulse.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON form of a {@link Report}: {@code {"schema": "devpulse-report/1", "header": ..., "stats":
 * ...}}, the record components in declaration order, times as ISO-8601 UTC instants, enums
 * (priority, trend direction, evidence kind) in lower case, absent values as {@code null},
 * two-space indentation and {@code \n} line ends. A change that renames or removes a field bumps
 * {@link #SCHEMA}.
 */
public final class ReportJson {
  /** The schema name and version the output declares. */
  public static final String SCHEMA = "devpulse-report/3";

  /** The schema name and version a release report's JSON declares. */
  public static final String RELEASE_SCHEMA = "devpulse-release-report/1";

  private static final ObjectMapper MAPPER = mapper();

  /** A release report as pretty-printed JSON, in the same conventions as {@link #write}. */
  public static String writeRelease(ReleaseReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", RELEASE_SCHEMA);
    root.setAll((ObjectNode) MAPPER.valueToTree(report));
    return print(root);
  }

  private ReportJson() {}

  /** The report as pretty-printed JSON, ending with a line break. */
  public static String write(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.setAll((ObjectNode) MAPPER.valueToTree(report));
    // What was not fetched is unknown, not none: null, never an empty (or a made-up) list.
    unknownUnless(
        root.path("activity").path("reviews"),
        "reviewsFetched",
        "reviewed",
        "waiting",
        "reviewedRepositories",
        "waitingRepositories");
    unknownUnless(
        root.path("hotDiscussions"),
        "commentsFetched",
        "comments",
        "humanComments",
        "botComments",
        "discussions",
        "botOnly",
        "bots");
    unknownUnless(root.path("releases"), "releasesFetched", "published");
    JsonNode attention = root.path("needsAttention");
    unknownUnless(attention, "commentsFetched", "unansweredIssues", "moreUnansweredIssues");
    unknownUnless(attention, "reviewsFetched", "awaitingReview", "moreAwaitingReview");
    return print(root);
  }

  private static String print(ObjectNode root) {
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""));
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write the report as JSON", e);
    }
  }

  /** Sets {@code fields} of {@code node} to null unless its flag {@code fetched} is true. */
  private static void unknownUnless(
      com.fasterxml.jackson.databind.JsonNode node, String fetched, String... fields) {
    if (node instanceof ObjectNode object && !object.path(fetched).asBoolean(true)) {
      for (String f : fields) {
        if (object.has(f)) {
          object.putNull(f);
        }
      }
    }
  }

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("devpulse-report");
    module.addSerializer(Instant.class, ToStringSerializer.instance);
    module.addSerializer(Enum.class, new LowerCaseEnum());
    return JsonMapper.builder()
        .addModule(module)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
        .build();
  }

  @SuppressWarnings("rawtypes")
  private static final class LowerCaseEnum extends JsonSerializer<Enum> {
    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(value.name().toLowerCase(Locale.ROOT));
    }
  }
}
