/**
 * The rarer full-date shapes through chrono, which handles their many spellings well:
 * numeric dates ("10/13/2000") and day ranges ("October 13–15, 2000"). chrono costs up to
 * a millisecond per call, so it only sees texts with one of those shapes; the common
 * spellings go through the regex full-date parser.
 * @module
 */
import * as chrono from 'chrono-node';
import { isoMonth, MONTH_PATTERN, plausibleYear } from '../calendar.js';
import { type Candidate, type Parser, relative } from '../candidate.js';
import { firstPoint, makeValue } from '../time-value-ops.js';

const CHRONO_SHAPES = new RegExp(
  `${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*[–-]\\s*\\d{1,2}\\b|\\b\\d{1,2}\\s*[–-]\\s*\\d{1,2}\\s+${MONTH_PATTERN}|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b`,
);

// a fixed reference keeps chrono's implied values stable; only certain components are used
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1));

function iso(year: number, month: number, day: number): string {
  return `${isoMonth(year, month)}-${String(day).padStart(2, '0')}`;
}

export const chronoFullDateParser: Parser = {
  id: 'chrono',
  parse(text: string): Candidate[] {
    if (!CHRONO_SHAPES.test(text)) return [];
    const out: Candidate[] = [];
    for (const r of chrono.strict.parse(text, CHRONO_REFERENCE)) {
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      // "for a second three-way summit": chrono reads a duration from the reference date, which
      // says nothing of when; every shape this parser is for has a figure in it
      if (!/\d/.test(r.text)) continue;
      let start = r.index;
      let spanText = r.text;
      const lead = /^(?:on|the)\s+/i.exec(spanText);
      if (lead) {
        start += lead[0].length;
        spanText = spanText.slice(lead[0].length);
      }
      const end = start + spanText.length;
      const month = r.start.get('month')!;
      const day = r.start.get('day')!;
      if (r.start.isCertain('year')) {
        const year = r.start.get('year')!;
        if (!plausibleYear(year)) continue;
        let value = makeValue(iso(year, month, day), iso(year, month, day), 'day');
        if (r.end?.isCertain('day')) {
          const ey = r.end.get('year')!;
          value = makeValue(value.start, iso(ey, r.end.get('month')!, r.end.get('day')!), 'range', 'range');
        }
        out.push({
          start,
          end,
          text: spanText,
          ruleId: 'chrono',
          kind: 'day',
          value,
          anchor: 'text',
          precision: value.precision,
          carries: true,
        });
      } else {
        // "On October 13" takes its year from the story being told
        const found = relative('day', 'narrative', 'day', (ref) => {
          const p = firstPoint(ref);
          if (!p) return null;
          const d = iso(p.year, month, day);
          return makeValue(d, d, 'day', 'exact', true);
        });
        out.push({ ...found, start, end, text: spanText, ruleId: 'chrono-day-month' });
      }
    }
    return out;
  },
};
