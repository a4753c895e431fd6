package io.devpulse.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word splitter shared by term files and item text: a word is a maximal run of letters and
 * digits, so {@code ROCM_AITER_FA} is three words, {@code torch.compile} two and {@code MI300X}
 * one. Matching is on lower-cased words, which gives word boundaries and case-insensitivity in one
 * pass.
 */
public final class Tokens {
  private final String text;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;

  private Tokens(String text, String[] words, int[] starts, int[] ends) {
    this.text = text;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
  }

  public static Tokens of(String text) {
    List<String> w = new ArrayList<>();
    int[] s = new int[16];
    int[] e = new int[16];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < len) {
        cp = text.codePointAt(i);
        if (!Character.isLetterOrDigit(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      if (n == s.length) {
        s = java.util.Arrays.copyOf(s, n * 2);
        e = java.util.Arrays.copyOf(e, n * 2);
      }
      s[n] = start;
      e[n] = i;
      n++;
      w.add(text.substring(start, i).toLowerCase(Locale.ROOT));
    }
    return new Tokens(text, w.toArray(String[]::new), s, e);
  }

  /** The words of {@code text}, lower case. */
  public static List<String> words(String text) {
    return List.of(of(text).words);
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  /**
   * The original text from word {@code from} to word {@code to} inclusive, e.g. {@code Composable
   * Kernel}.
   */
  public String original(int from, int to) {
    return text.substring(starts[from], ends[to]);
  }
}
