package io.devpulse.index;

/**
 * The dimension {@link HistoryIndex#countBy} groups items by. Date dimensions use a {@link
 * DateField} and a time zone; their keys are {@code 2025-12-10}, {@code 2025-W50} (ISO week) and
 * {@code 2025-12}. PRIMARY counts each item once, under its primary topic; items without one are
 * left out (TOPIC counts an item under every topic it carries).
 */
public enum CountBy {
  LABEL,
  AUTHOR,
  KIND,
  STATE,
  TOPIC,
  PRIMARY,
  DAY,
  WEEK,
  MONTH;

  /** True for DAY, WEEK and MONTH. */
  public boolean isDate() {
    return this == DAY || this == WEEK || this == MONTH;
  }
}
