/**
 * The contract between parsers and refiners: a candidate is a span the text may mean
 * as time, with either a value it states or a way to resolve it against a reference.
 * @module
 */
import { bigramKeys, mayContain } from './bigram-filter.js';
import type { Precision, TimeValue } from './time-value.js';

/** what a candidate's value depends on */
export type Anchor = 'text' | 'narrative' | 'document';

export type CandidateKind =
  | 'day'
  | 'month'
  | 'year'
  | 'season'
  | 'part'
  | 'decade'
  | 'century'
  | 'range'
  | 'open'
  | 'relative'
  | 'deictic';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  kind: CandidateKind;
  /** the value the text states; null when it must be resolved */
  value: TimeValue | null;
  anchor: Anchor;
  /** resolves a relative or deictic expression against narrative time or the document date */
  resolve?: (reference: TimeValue) => TimeValue | null;
  /** precision to report while unresolved */
  precision: Precision;
  /** whether later relative expressions should count from this one */
  carries: boolean;
  /** an open interval whose missing side a reader would fill from context */
  openSide?: 'start' | 'end';
  /**
   * counted on from an event the text does not date ("five months after the deaths in the
   * valley"): a report tells what has happened, so such a count stops at the writing
   */
  endsAtWriting?: boolean;
  /**
   * told in the pluperfect ("had been the first to denounce them in March"): a yearless month or
   * day is the last one before the story's time, not the next one after it
   */
  looksBack?: boolean;
}

/** cheap facts about a text, computed once, that let parsers skip texts they cannot match */
export interface TextFeatures {
  text: string;
  lower: string;
  hasDigit: boolean;
  hasMonth: boolean;
  /** the stamp of `lower`'s character pairs (bigram-filter.ts), or 0 when not marked */
  bigrams?: number;
}

export interface Parser {
  readonly id: string;
  /** false when the parser cannot match the text; skips the parser's own regex */
  readonly accepts?: (features: TextFeatures) => boolean;
  parse(text: string): Candidate[];
}

/** the parser, run only on texts its gate accepts */
export function gated(parser: Parser, accepts: (features: TextFeatures) => boolean): Parser {
  return { id: parser.id, accepts, parse: (text) => parser.parse(text) };
}

/** a gate: the lowercased text holds one of the words */
export function anyOf(words: readonly string[]): (features: TextFeatures) => boolean {
  const keys = words.map(bigramKeys);
  return (f) => {
    const stamp = f.bigrams ?? 0;
    for (let i = 0; i < words.length; i++)
      if ((stamp === 0 || mayContain(stamp, keys[i])) && f.lower.includes(words[i])) return true;
    return false;
  };
}

export interface Refiner {
  readonly id: string;
  refine(candidates: Candidate[], text: string): Candidate[];
}

type Extract = (
  match: RegExpExecArray,
  text: string,
) => Omit<Candidate, 'start' | 'end' | 'text' | 'ruleId'> | null;

/** a parser from one global regex whose whole match is the span; `extract` must return a new object */
export function regexParser(id: string, pattern: RegExp, extract: Extract): Parser {
  if (!pattern.global) throw new Error(`dates: parser ${id} needs a global pattern`);
  return {
    id,
    parse(text: string): Candidate[] {
      const out: Candidate[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        const found = extract(m, text) as Candidate | null;
        if (!found) continue;
        // every extract returns a fresh object: completing it in place keeps the key order a
        // spread would give, and a spread here sees every parser's shapes and goes megamorphic (10× slower)
        found.start = m.index;
        found.end = m.index + m[0].length;
        found.text = m[0];
        found.ruleId = id;
        out.push(found);
      }
      return out;
    },
  };
}

/**
 * a fresh candidate from `stated` or `relative` completed in place: the key order a spread would
 * give, without the spread, which sees many shapes and falls to V8's slow generic copy
 */
export function completed(
  found: Omit<Candidate, 'start' | 'end' | 'text' | 'ruleId'>,
  start: number,
  end: number,
  text: string,
  ruleId: string,
): Candidate {
  const c = found as Candidate;
  c.start = start;
  c.end = end;
  c.text = text;
  c.ruleId = ruleId;
  return c;
}

export function stated(
  kind: CandidateKind,
  value: TimeValue,
): Omit<Candidate, 'start' | 'end' | 'text' | 'ruleId'> {
  return { kind, value, anchor: 'text', precision: value.precision, carries: true };
}

export function relative(
  kind: CandidateKind,
  anchor: Exclude<Anchor, 'text'>,
  precision: Precision,
  resolve: (reference: TimeValue) => TimeValue | null,
  carries = true,
): Omit<Candidate, 'start' | 'end' | 'text' | 'ruleId'> {
  return { kind, value: null, anchor, precision, resolve, carries };
}
