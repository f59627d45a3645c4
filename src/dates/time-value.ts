/**
 * A resolved point or stretch of time as the text gives it, never more precise than stated.
 * @module
 */

export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'range';
export type TimeType = 'exact' | 'approximate' | 'range' | 'open';

export interface TimeValue {
  /** ISO partial date: "2007", "2007-10" or "2007-10-05"; "" for an open start */
  start: string;
  /** ISO partial date, same precision rules; "" for an open end */
  end: string;
  precision: Precision;
  type: TimeType;
  /** true when not stated for this event (carried from context, relative, or the document date) */
  inferred: boolean;
}

export interface TemporalExpression {
  value: TimeValue;
  /** character offsets into the text that was parsed */
  start: number;
  end: number;
  text: string;
  /** id of the parser or refiner that produced it, e.g. "chrono", "decade", "relative-month" */
  ruleId: string;
  /** relative expressions ("a month later") need a reference time to resolve */
  relative: boolean;
  /**
   * what the value was resolved against: the text itself, narrative time, or the document
   * date; absent on older producers. A value with start and end both "" is unresolved.
   */
  anchor?: 'text' | 'narrative' | 'document';
}

export type DateHow = 'governing' | 'sentence' | 'narrative' | 'document' | 'none';

export interface DateAttachment {
  value: TimeValue | null;
  expression: TemporalExpression | null;
  how: DateHow;
  /** one line saying why, for --explain */
  reason: string;
}
