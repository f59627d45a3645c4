/**
 * extractTemporalExpressions: every time a text states, in order, without overlaps.
 * @module
 */
import { documentDateValue } from './document-date.js';
import { resolveInOrder } from './resolve.js';
import { scanCandidates } from './scan.js';
import type { TemporalExpression, TimeValue } from './time-value.js';

export interface ExtractOptions {
  /** ISO partial date the text was written (document date) for "today", "last year" */
  referenceDate?: string | null;
  /** narrative time the text continues from ("a month later" counts from it) */
  reference?: TimeValue | null;
}

/**
 * Non-overlapping temporal expressions sorted by position. Relative ones count from
 * `reference`, then from times stated earlier in the text, and, lacking both, from
 * `referenceDate`; when nothing resolves them their value has start and end "".
 */
export function extractTemporalExpressions(text: string, options: ExtractOptions = {}): TemporalExpression[] {
  const candidates = scanCandidates(text);
  if (candidates.length === 0) return [];
  const documentDate = documentDateValue(options.referenceDate);
  const start = options.reference
    ? {
        value: options.reference,
        expression: {
          value: options.reference,
          start: 0,
          end: 0,
          text: '',
          ruleId: 'reference',
          relative: false,
        },
      }
    : null;
  return resolveInOrder(candidates, start, { documentDate, narrativeFallsBackToDocument: true }).steps.map(
    (s) => s.expression,
  );
}
