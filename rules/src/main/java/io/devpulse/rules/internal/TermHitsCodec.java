package io.devpulse.rules.internal;

import io.devpulse.model.MatchedTerm;
import io.devpulse.rules.facts.Field;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.facts.TermCount;
import io.devpulse.rules.facts.TermHit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Encodes the facts {@link TermMatcher#match} gives an item into bytes to store beside the item,
 * and decodes them into the same facts in the same order for a later classification under the same
 * term lists: cleaning and matching an item's text costs more than the rules themselves, and a rule
 * edit that leaves the term lists alone does not change what they find.
 *
 * <p>Layout: a version byte, the terms fingerprint, the number of hits, then per {@link TermHit}
 * its list, topic flag, field, term and entry. The {@link TermCount}s are rebuilt from the hits
 * (one per run of hits of one list and field, as the matcher emits them).
 */
public final class TermHitsCodec {
  private static final int VERSION = 1;
  private static final Field[] FIELDS = Field.values();

  private TermHitsCodec() {}

  /**
   * The bytes of {@code facts} (as {@link TermMatcher#match} returned them) under {@code
   * termsFingerprint}, or null when they cannot be encoded (a string too long for the format: such
   * items are simply matched again next time).
   */
  public static byte[] encode(String termsFingerprint, List<Object> facts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + facts.size() * 48);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeHeader(out, termsFingerprint);
      int hits = 0;
      for (Object f : facts) {
        if (f instanceof TermHit) {
          hits++;
        }
      }
      out.writeInt(hits);
      for (Object f : facts) {
        if (f instanceof TermHit h) {
          if (h.term().length() > 10_000 || h.entry().length() > 10_000) {
            return null;
          }
          out.writeUTF(h.list());
          out.writeBoolean(h.topic());
          out.writeByte(h.field().ordinal());
          out.writeUTF(h.term());
          out.writeUTF(h.entry());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The facts encoded in {@code bytes} for {@code item}, or null when they were made under other
   * term lists (another fingerprint), by another version of this format, or are unreadable.
   */
  public static List<Object> decode(byte[] bytes, String termsFingerprint, ItemFact item) {
    List<TermHit> hits =
        records(
            bytes,
            termsFingerprint,
            (list, topic, field, term, evidence) ->
                new TermHit(item, list, topic, field, term, evidence));
    if (hits == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(hits.size() + 8);
    out.addAll(hits);
    int start = 0;
    for (int i = 1; i <= hits.size(); i++) {
      if (i == hits.size() || !sameGroup(hits.get(start), hits.get(i))) {
        TermHit first = hits.get(start);
        out.add(
            new TermCount(
                item,
                first.list(),
                first.topic(),
                first.field(),
                hits.subList(start, i).stream().map(TermHit::term).toList()));
        start = i;
      }
    }
    return out;
  }

  /**
   * The terms encoded in {@code bytes} as plain records (no item needed), in stored order; null
   * when they were made under other term lists, by another version of this format, or are
   * unreadable.
   */
  public static List<MatchedTerm> matchedTerms(byte[] bytes, String termsFingerprint) {
    return records(
        bytes,
        termsFingerprint,
        (list, topic, field, term, evidence) ->
            new MatchedTerm(list, field.name().toLowerCase(Locale.ROOT), term));
  }

  /** What one stored hit becomes. */
  private interface HitReader<T> {
    T read(String list, boolean topic, Field field, String term, String evidence);
  }

  /**
   * The hits encoded in {@code bytes}, each made by {@code reader}; null when they were made under
   * other term lists, by another version of this format, or are unreadable (damaged bytes cost a
   * fresh match, never a wrong one).
   */
  private static <T> List<T> records(byte[] bytes, String termsFingerprint, HitReader<T> reader) {
    if (bytes == null || bytes.length == 0) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (!stampedWith(in, termsFingerprint)) {
        return null;
      }
      int n = in.readInt();
      if (n < 0 || n > bytes.length) {
        return null;
      }
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String list = in.readUTF();
        boolean topic = in.readBoolean();
        int field = in.readUnsignedByte();
        if (field >= FIELDS.length) {
          return null;
        }
        out.add(reader.read(list, topic, FIELDS[field], in.readUTF(), in.readUTF()));
      }
      return in.read() == -1 ? out : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * {@code bytes} stamped with the term lists of {@code toHeader} instead of those of {@code
   * fromHeader} (for hits known to be the same under both), or null when they do not begin with
   * {@code fromHeader}. Headers as {@link #header} makes them: a term edit restamps every item it
   * does not touch, so they are made once, and the hits compared and copied as bytes, not decoded.
   */
  public static byte[] restamp(byte[] bytes, byte[] fromHeader, byte[] toHeader) {
    if (!startsWith(bytes, fromHeader)) {
      return null;
    }
    byte[] out = new byte[toHeader.length + bytes.length - fromHeader.length];
    System.arraycopy(toHeader, 0, out, 0, toHeader.length);
    System.arraycopy(
        bytes, fromHeader.length, out, toHeader.length, bytes.length - fromHeader.length);
    return out;
  }

  /** Whether {@code bytes} begin with {@code header} (made under that header's term lists). */
  public static boolean startsWith(byte[] bytes, byte[] header) {
    return bytes != null
        && bytes.length >= header.length
        && Arrays.equals(bytes, 0, header.length, header, 0, header.length);
  }

  /**
   * The first bytes of every encoding under {@code termsFingerprint}: the version and the
   * fingerprint, as {@link #encode} writes them.
   */
  public static byte[] header(String termsFingerprint) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(3 + termsFingerprint.length());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeHeader(out, termsFingerprint);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeHeader(DataOutputStream out, String termsFingerprint)
      throws IOException {
    out.writeByte(VERSION);
    out.writeUTF(termsFingerprint);
  }

  /** Reads the header: whether it is this format's, stamped with {@code termsFingerprint}. */
  private static boolean stampedWith(DataInputStream in, String termsFingerprint)
      throws IOException {
    return in.readUnsignedByte() == VERSION && in.readUTF().equals(termsFingerprint);
  }

  private static boolean sameGroup(TermHit a, TermHit b) {
    return a.list().equals(b.list()) && a.field() == b.field();
  }
}
