package io.devpulse.report;

import io.devpulse.model.MatchedTerm;
import io.devpulse.model.PackMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The built-in pack's phrasing for report tests, read from the rules module's sources (report does
 * not depend on rules; the application hands a report the same files), and a stand-in for the
 * stored term hits: UTF-8 lines {@code list<TAB>field<TAB>term}, which tests store as an item's
 * hits.
 */
final class BuiltInPhrasing {
  static final Path PACK = Path.of("../rules/src/main/resources/io/devpulse/rules/builtin");

  static final PackMessages MESSAGES = read(PACK);

  static final Function<byte[], List<MatchedTerm>> TERM_HITS =
      bytes -> {
        List<MatchedTerm> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
          String[] p = line.split("\t");
          if (p.length == 3) {
            out.add(new MatchedTerm(p[0], p[1], p[2]));
          }
        }
        return out;
      };

  private BuiltInPhrasing() {}

  /** The hits {@link #TERM_HITS} reads back: {@code list, field, term} triples. */
  static byte[] hits(String... triples) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 2 < triples.length; i += 3) {
      b.append(triples[i]).append('\t').append(triples[i + 1]).append('\t');
      b.append(triples[i + 2]).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static PackMessages read(Path dir) {
    Map<String, String> files = new TreeMap<>();
    for (String language : List.of("en", "zh")) {
      Path file = dir.resolve(PackMessages.fileName(language));
      try {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return PackMessages.parse(files);
  }
}
