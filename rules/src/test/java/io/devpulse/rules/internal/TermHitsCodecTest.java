package io.devpulse.rules.internal;

import static io.devpulse.rules.internal.TermHitsCodec.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.rules.Fixtures;
import io.devpulse.rules.RuleProblem;
import io.devpulse.rules.facts.ItemFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermHitsCodecTest {
  private static final TermMatcher MATCHER =
      new TermMatcher(
          List.of(
              list(
                  "terms/topics/amd-rocm.txt",
                  "word: rocm, mi300x\nregex: gfx9\\d\\d\nlabel: rocm\n"),
              list("terms/topics/low-precision.txt", "word: fp8\nphrase: kv cache\n"),
              list("terms/crash.txt", "phrase: illegal memory access\n")));

  private static TermList list(String name, String text) {
    List<RuleProblem> problems = new ArrayList<>();
    TermList l = TermFileParser.parse(name, text, name.startsWith("terms/topics/"), problems);
    assertThat(problems).isEmpty();
    return l;
  }

  private static ItemFact fact() {
    Item item =
        Fixtures.item(
            7,
            ItemKind.ISSUE,
            "[ROCm] FP8 kv cache crash on MI300X",
            "Illegal memory access on gfx942 with fp8 and ROCm; the kv cache again.",
            "someone",
            "rocm");
    return ItemFact.of(item, List.of(), false);
  }

  @Test
  void decodesTheSameFactsInTheSameOrder() {
    ItemFact fact = fact();
    List<Object> matched = MATCHER.match(fact);

    List<Object> decoded = TermHitsCodec.decode(TermHitsCodec.encode("fp1", matched), "fp1", fact);

    assertThat(matched).hasSizeGreaterThan(6);
    assertThat(decoded).containsExactlyElementsOf(matched);
  }

  @Test
  void hitsOfOtherTermListsOrDamagedBytesAreNotUsed() {
    ItemFact fact = fact();
    byte[] bytes = TermHitsCodec.encode("fp1", MATCHER.match(fact));

    assertThat(TermHitsCodec.decode(bytes, "fp2", fact)).isNull();
    assertThat(TermHitsCodec.decode(null, "fp1", fact)).isNull();
    assertThat(TermHitsCodec.decode(new byte[0], "fp1", fact)).isNull();
    assertThat(TermHitsCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), "fp1", fact)).isNull();
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThat(TermHitsCodec.decode(longer, "fp1", fact)).isNull();
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = 9;
    assertThat(TermHitsCodec.decode(otherVersion, "fp1", fact)).isNull();
  }

  @Test
  void restampsOnlyHitsMadeUnderTheGivenLists() {
    ItemFact fact = fact();
    List<Object> matched = MATCHER.match(fact);
    byte[] bytes = TermHitsCodec.encode("fp1", matched);

    byte[] restamped = TermHitsCodec.restamp(bytes, header("fp1"), header("fp2"));

    assertThat(TermHitsCodec.decode(restamped, "fp2", fact)).containsExactlyElementsOf(matched);
    assertThat(TermHitsCodec.decode(restamped, "fp1", fact)).isNull();
    assertThat(TermHitsCodec.restamp(bytes, header("fp3"), header("fp2"))).isNull();
    assertThat(TermHitsCodec.restamp(null, header("fp1"), header("fp2"))).isNull();
  }

  @Test
  void anItemWithoutHitsEncodesToo() {
    ItemFact fact =
        ItemFact.of(
            Fixtures.item(8, ItemKind.ISSUE, "Nothing here", "", "someone"), List.of(), false);

    assertThat(TermHitsCodec.decode(TermHitsCodec.encode("fp1", MATCHER.match(fact)), "fp1", fact))
        .isEmpty();
  }

  @Test
  void readsTheTermsAsPlainRecordsWithoutAnItem() {
    ItemFact fact = fact();
    List<Object> matched = MATCHER.match(fact);
    byte[] bytes = TermHitsCodec.encode("fp1", matched);

    List<io.devpulse.model.MatchedTerm> terms = TermHitsCodec.matchedTerms(bytes, "fp1");

    List<io.devpulse.model.MatchedTerm> expected =
        matched.stream()
            .filter(f -> f instanceof io.devpulse.rules.facts.TermHit)
            .map(f -> (io.devpulse.rules.facts.TermHit) f)
            .map(
                h ->
                    new io.devpulse.model.MatchedTerm(
                        h.list(), h.field().name().toLowerCase(java.util.Locale.ROOT), h.term()))
            .toList();
    assertThat(terms).isEqualTo(expected).isNotEmpty();
    assertThat(terms).contains(new io.devpulse.model.MatchedTerm("amd-rocm", "body", "gfx942"));
    assertThat(TermHitsCodec.matchedTerms(bytes, "fp2")).isNull();
    assertThat(TermHitsCodec.matchedTerms(Arrays.copyOf(bytes, bytes.length - 1), "fp1")).isNull();
  }
}
