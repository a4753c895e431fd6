package io.devpulse.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bodies drawn from the real ones, recombined so that a million items do not repeat a few hundred
 * texts: a generated body takes the skeleton of a real body of its kind (a pull request's or an
 * issue's) — its template headings, code blocks and {@code collect_env} output, in order, kept as
 * they are — and replaces each prose paragraph by one drawn at random from every prose paragraph of
 * that kind among those of about the same length (the nearest tenth of the pool by length). So the
 * shares of empty bodies, headings, code and environment dumps are those of the real bodies by
 * construction, and length and links close to theirs; an issue keeps the real issue's title and
 * labels with its skeleton (labels follow the text).
 */
final class BodySource {
  /** A real item reduced to what the generator reuses. */
  record Skeleton(String title, List<String> labels, List<String> blocks, boolean[] prose) {}

  /** A replacement is drawn from this share of the prose pool nearest the original by length. */
  static final double LENGTH_WINDOW = 0.1;

  private final List<Skeleton> prs;
  private final List<Skeleton> issues;
  private final List<String> prProse = new ArrayList<>();
  private final List<String> issueProse = new ArrayList<>();

  BodySource() {
    prs = skeletons(RealData.lines(RealData.PR_ITEMS), prProse);
    issues = skeletons(RealData.lines(RealData.ISSUE_ITEMS), issueProse);
    // Sorted by length (then text, for a stable order) for similar(); the draw is still seeded.
    Comparator<String> byLength = Comparator.comparingInt(String::length);
    prProse.sort(byLength.thenComparing(Comparator.naturalOrder()));
    issueProse.sort(byLength.thenComparing(Comparator.naturalOrder()));
  }

  Skeleton skeleton(boolean pr, SplittableRandom rng) {
    List<Skeleton> from = pr ? prs : issues;
    return from.get(rng.nextInt(from.size()));
  }

  /** The body of {@code s} with its prose redrawn; null when the real body was empty. */
  String body(Skeleton s, boolean pr, SplittableRandom rng) {
    if (s.blocks().isEmpty()) {
      return null;
    }
    List<String> prose = pr ? prProse : issueProse;
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.blocks().size(); i++) {
      if (i > 0) {
        b.append("\n\n");
      }
      String block = s.blocks().get(i);
      b.append(s.prose()[i] ? similar(prose, block.length(), rng) : block);
    }
    return b.toString();
  }

  /** A paragraph of {@code pool} (sorted by length) near {@code length} in the pool's order. */
  private static String similar(List<String> pool, int length, SplittableRandom rng) {
    int lo = 0, hi = pool.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pool.get(mid).length() < length) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int half = Math.max(1, (int) (pool.size() * LENGTH_WINDOW / 2));
    int from = Math.max(0, Math.min(lo - half, pool.size() - 2 * half));
    int to = Math.min(pool.size(), from + 2 * half);
    return pool.get(from + rng.nextInt(to - from));
  }

  /** A human comment: a prose paragraph of either kind. */
  String commentText(SplittableRandom rng) {
    int n = prProse.size() + issueProse.size();
    int i = rng.nextInt(n);
    return i < prProse.size() ? prProse.get(i) : issueProse.get(i - prProse.size());
  }

  private static List<Skeleton> skeletons(List<JsonNode> items, List<String> proseOut) {
    List<Skeleton> out = new ArrayList<>();
    for (JsonNode item : items) {
      String body = RealData.body(item);
      List<String> blocks = body == null || body.isEmpty() ? List.of() : blocks(body);
      boolean[] prose = new boolean[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) {
        prose[i] = isProse(blocks.get(i));
        if (prose[i]) {
          proseOut.add(blocks.get(i));
        }
      }
      out.add(new Skeleton(item.path("title").asText(), RealData.labels(item), blocks, prose));
    }
    return out;
  }

  /**
   * Splits a body at blank lines outside fenced code, so that a code block (and an environment dump
   * inside one) stays one block.
   */
  static List<String> blocks(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean fenced = false;
    for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      }
      if (!fenced && line.isBlank()) {
        if (!cur.isEmpty()) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        continue;
      }
      if (!cur.isEmpty()) {
        cur.append('\n');
      }
      cur.append(line);
    }
    if (!cur.isEmpty()) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Free text: not a heading, not code, not the environment template or dump. */
  static boolean isProse(String block) {
    return !block.startsWith("#")
        && !block.contains("```")
        && !BodyFeatures.isCollectEnv(block)
        && !block.startsWith("<");
  }
}
