/**
 * Expressions that point at the moment of writing and so resolve against the document
 * date: "currently", "today", "now", "in recent years", "last year", "this month",
 * "the past five years", "two years ago".
 * @module
 */

import { isoMonth, isoYear } from '../calendar.js';
import { type Candidate, type Parser, relative } from '../candidate.js';
import { COUNT_PATTERN, countRange } from '../number-words.js';
import { adjacentUnit, sameUnit, shiftValue } from '../shift.js';
import type { TimeValue } from '../time-value.js';
import { firstPoint, makeValue } from '../time-value-ops.js';

const PATTERN = new RegExp(
  [
    "\\b(currently|at\\s+present|presently|nowadays|these\\s+days|today(?:['’]s)?|now|to\\s+date)\\b",
    '\\b(?:in\\s+)?(recent)\\s+(years|months|decades)\\b',
    '\\b(recently|lately)\\b',
    '\\b(last|this|next)\\s+(year|month|decade)\\b',
    `\\bthe\\s+(?:last|past|previous)\\s+(${COUNT_PATTERN})\\s+(year|month|decade)s?\\b(?!\\s+(?:of|before|after|in)\\b)`,
    `\\b(${COUNT_PATTERN})\\s+(year|month|decade)s?\\s+ago\\b`,
    // "It is two years this month since Gazprom cut …": counted back from the writing
    `\\b(?:[Ii]t\\s+is|[Ii]t['’]s|[Ii]t\\s+has\\s+been)\\s+(?:now\\s+)?(?:exactly\\s+|almost\\s+|nearly\\s+)?(${COUNT_PATTERN})\\s+(year|month|decade)s?(\\s+this\\s+month|\\s+today)?\\s+since\\b`,
  ].join('|'),
  'gi',
);

function recentSpan(
  doc: TimeValue,
  unit: 'year' | 'month' | 'decade',
  low: number,
  high: number,
): TimeValue | null {
  const back = shiftValue(doc, unit, low, high, false);
  const p = firstPoint(doc);
  if (!back || !p) return null;
  const end = unit === 'month' && p.month !== undefined ? isoMonth(p.year, p.month) : isoYear(p.year);
  return makeValue(back.start, end, 'range', 'approximate', true);
}

function docPoint(doc: TimeValue): TimeValue {
  return { ...doc, inferred: true };
}

/** ", now deputy chairman", ", now the foreign minister", ", now retired": a role, not a time of the story */
const ROLE_APPOSITION =
  /^,\s*now\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z-]+\s+){0,3}(?:minister|president|chairman|chairwoman|chair|secretary|ambassador|envoy|leader|head|chief|director|commander|governor|speaker|premier|spokesman|spokeswoman|adviser|advisor|deputy|retired|in\s+exile)\b/i;

// past-tense verbs nearby make "now" mean the story's now, not the writer's
const PAST_NEARBY = /\b(?:was|were|had|did)\b/i;

export const deicticParser: Parser = {
  id: 'deictic',
  parse(text: string): Candidate[] {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (m[1]) {
        const word = m[1].toLowerCase();
        // "Russia Today" is a broadcaster: a capitalised word before a capitalised "Today"
        if (
          word.startsWith('today') &&
          /^T/.test(m[1]) &&
          /[A-Z][\w]*\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index))
        )
          continue;
        // "Now, here's the part people forget": a speaker turning to the next point names no time
        if (
          word === 'now' &&
          /^\s*(?:,|then\b)/.test(text.slice(m.index + 3, m.index + 9)) &&
          !/\S/.test(text.slice(Math.max(0, m.index - 12), m.index).replace(/^.*[.!?:;"“]/, ''))
        )
          continue;
        // "Dmitriy Medvedev, now deputy chairman of …": an apposition giving a person's present role
        if (word === 'now' && ROLE_APPOSITION.test(text.slice(Math.max(0, m.index - 2), m.index + 40)))
          continue;
        // "Douri, by now Saddam's deputy, embraces …": "by now" is by the story's time, in any tense
        if (
          word === 'now' &&
          (PAST_NEARBY.test(text.slice(Math.max(0, m.index - 40), m.index + 40)) ||
            /\bby\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))
        ) {
          out.push({
            ...relative('relative', 'narrative', 'range', (ref) => ({ ...ref, inferred: true }), false),
            ...span,
            ruleId: 'narrative-now',
          });
          continue;
        }
        // "…," she says, sitting in the shop she now runs, "…": a present in a clause inside the
        // sentence describes someone today and does not bring the story to the writing
        const aside =
          word === 'now' &&
          /,/.test(text.slice(0, m.index)) &&
          /\b(?:she|he|they|who|which|that)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index));
        out.push({
          ...relative('deictic', 'document', 'day', docPoint, !aside),
          ...span,
          ruleId: 'deictic',
        });
      } else if (m[2]) {
        const unit = m[3].toLowerCase().replace(/s$/, '') as 'year' | 'month' | 'decade';
        const [low, high] = unit === 'month' ? [6, 6] : unit === 'decade' ? [2, 2] : [5, 5];
        out.push({
          ...relative('deictic', 'document', 'range', (doc) => recentSpan(doc, unit, low, high)),
          ...span,
          ruleId: 'deictic-recent',
        });
      } else if (m[4]) {
        out.push({
          ...relative('deictic', 'document', 'range', (doc) => recentSpan(doc, 'year', 1, 1)),
          ...span,
          ruleId: 'deictic-recent',
        });
      } else if (m[5]) {
        const which = m[5].toLowerCase();
        const unit = m[6].toLowerCase() as 'year' | 'month' | 'decade';
        const resolve =
          which === 'this'
            ? (doc: TimeValue) => sameUnit(doc, unit)
            : (doc: TimeValue) => adjacentUnit(doc, unit, which === 'next' ? 1 : -1);
        out.push({ ...relative('deictic', 'document', unit, resolve), ...span, ruleId: 'deictic-unit' });
      } else if (m[7]) {
        const range = countRange(m[7]);
        if (!range) continue;
        const unit = m[8].toLowerCase() as 'year' | 'month' | 'decade';
        out.push({
          ...relative('deictic', 'document', 'range', (doc) => recentSpan(doc, unit, range[0], range[1])),
          ...span,
          ruleId: 'deictic-recent',
        });
      } else if (m[9]) {
        const range = countRange(m[9]);
        if (!range) continue;
        const unit = m[10].toLowerCase() as 'year' | 'month' | 'decade';
        out.push({
          ...relative('deictic', 'document', unit, (doc) => shiftValue(doc, unit, range[0], range[1], false)),
          ...span,
          ruleId: 'deictic-ago',
        });
      } else if (m[11]) {
        const range = countRange(m[11]);
        if (!range) continue;
        const unit = m[12].toLowerCase() as 'year' | 'month' | 'decade';
        // "two years this month": the same month, so many years back
        const inMonths = !!m[13] && unit !== 'decade';
        const months = unit === 'year' ? 12 : 1;
        out.push({
          ...relative('deictic', 'document', inMonths ? 'month' : unit, (doc) =>
            inMonths
              ? shiftValue(doc, 'month', range[0] * months, range[1] * months, false)
              : shiftValue(doc, unit, range[0], range[1], false),
          ),
          ...span,
          ruleId: 'deictic-ago',
        });
      }
    }
    return out;
  },
};
