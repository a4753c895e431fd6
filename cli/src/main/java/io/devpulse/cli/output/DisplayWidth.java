package io.devpulse.cli.output;

/**
 * How many terminal columns text takes: East Asian wide and fullwidth characters (Chinese,
 * Japanese, Korean, fullwidth forms, most emoji) take two, combining marks and format characters
 * none, the rest one — the rule terminals follow (Unicode UAX #11, as in {@code wcwidth}), so
 * tables with Chinese titles line up.
 */
public final class DisplayWidth {
  /** Inclusive code point ranges of East Asian Wide (W) and Fullwidth (F) characters. */
  private static final int[][] WIDE = {
    {0x1100, 0x115F},
    {0x231A, 0x231B},
    {0x2329, 0x232A},
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xA960, 0xA97F},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF},
    {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251},
    {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF},
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF},
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
  };

  private DisplayWidth() {}

  /** The columns {@code codePoint} takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || codePoint == 0) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /** The columns {@code text} takes. */
  public static int of(CharSequence text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /**
   * The longest prefix of {@code text} that fits in {@code columns}, then {@code …} when text was
   * cut (the ellipsis counted in the columns).
   */
  public static String truncate(String text, int columns) {
    if (of(text) <= columns) {
      return text;
    }
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      if (used + of(cp) > columns - 1) {
        break;
      }
      used += of(cp);
      end += Character.charCount(cp);
    }
    return text.substring(0, end) + "…";
  }

  private static boolean isWide(int cp) {
    if (cp < WIDE[0][0]) {
      return false;
    }
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[mid][0]) {
        hi = mid - 1;
      } else if (cp > WIDE[mid][1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
