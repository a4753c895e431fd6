package io.devpulse.app.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.eval.TitleTags;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the truth for {@code rules eval}: JSON Lines {@code {"number": 123, "topics": ["docs"]}}; with
 * {@code fromTitleTags}, rows may instead carry a {@code title} whose {@code [...]} tags are the truth
 * (as in the vLLM merged-PR list).
 */
public final class TruthFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthFile() {}

  public static Map<Integer, Set<String>> read(Path file, boolean fromTitleTags) throws IOException {
    Map<Integer, Set<String>> truth = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new UserErrorException(file + ":" + lineNo + ": malformed JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        JsonNode number = row.get("number");
        if (number == null || !number.canConvertToInt() || number.intValue() <= 0) {
          throw new UserErrorException(file + ":" + lineNo + ": field 'number': expected a positive integer");
        }
        truth.put(number.intValue(), topics(file, lineNo, row, fromTitleTags));
      }
    }
    return truth;
  }

  private static Set<String> topics(Path file, int line, JsonNode row, boolean fromTitleTags) {
    if (fromTitleTags) {
      JsonNode title = row.get("title");
      if (title == null || !title.isTextual()) {
        throw new UserErrorException(file + ":" + line + ": field 'title': expected a string");
      }
      return TitleTags.truthTopics(title.textValue());
    }
    JsonNode topics = row.get("topics");
    if (topics == null || !topics.isArray()) {
      throw new UserErrorException(file + ":" + line + ": field 'topics': expected an array of strings");
    }
    Set<String> out = new TreeSet<>();
    for (JsonNode t : topics) {
      if (!t.isTextual()) {
        throw new UserErrorException(file + ":" + line + ": field 'topics': expected an array of strings");
      }
      out.add(t.textValue());
    }
    return out;
  }
}
