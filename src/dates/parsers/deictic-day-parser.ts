/**
 * Days and weeks counted from the moment of writing: "yesterday", "last week", "earlier this
 * week", "over the weekend", "three days ago", "the past two weeks". News and statements date most
 * of their acts this way; they resolve against the document date, and only when it names a day.
 * @module
 */

import { addDays, formatPartialDate, type PartialDate, weekdayOf } from '../calendar.js';
import { type Candidate, type Parser, relative } from '../candidate.js';
import { COUNT_PATTERN, countRange } from '../number-words.js';
import type { TimeValue } from '../time-value.js';
import { firstPoint, makeValue } from '../time-value-ops.js';

const PATTERN = new RegExp(
  [
    '\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)|earlier\\s+today|tonight)\\b',
    '\\b(?:(earlier|later)\\s+)?(last|this|next)\\s+(week|weekend)\\b',
    '\\b(?:over|at|during)\\s+the\\s+(weekend)\\b',
    `\\b(${COUNT_PATTERN}|a)\\s+(day|week)s?\\s+ago\\b`,
    // "the last ten days of July", "the last week before the vote" belong to another time
    `\\b(?:the|these)\\s+(?:last|past|previous)\\s+(?:(${COUNT_PATTERN})\\s+)?(day|week)s?\\b(?!\\s+(?:of|before|after|in)\\b)`,
    '\\bin\\s+(?:recent|the\\s+coming)\\s+(days|weeks)\\b',
  ].join('|'),
  'gi',
);

const DETERMINER_BEFORE = /\b(?:the|that|a|its|their|his|her)\s+$/i;

/** the writing's day, or null when the document date names no day */
function writingDay(doc: TimeValue): Required<PartialDate> | null {
  const p = firstPoint(doc);
  return p && p.month !== undefined && p.day !== undefined ? (p as Required<PartialDate>) : null;
}

function span(from: Required<PartialDate>, to: Required<PartialDate>, exact = false): TimeValue {
  const a = formatPartialDate(from);
  const b = formatPartialDate(to);
  return a === b
    ? makeValue(a, a, 'day', 'exact', true)
    : makeValue(a, b, 'range', exact ? 'exact' : 'approximate', true);
}

/** days since the Monday of the writing's week (Monday 0 … Sunday 6) */
function sinceMonday(d: Required<PartialDate>): number {
  return (weekdayOf(d) + 6) % 7;
}

function dayShift(days: number) {
  return (doc: TimeValue) => {
    const d = writingDay(doc);
    return d ? span(addDays(d, days), addDays(d, days)) : null;
  };
}

function weekOf(step: -1 | 0 | 1, part: 'earlier' | 'later' | null) {
  return (doc: TimeValue) => {
    const d = writingDay(doc);
    if (!d) return null;
    const monday = addDays(d, -sinceMonday(d) + 7 * step);
    // "earlier this week" reaches up to the writing, "later this week" starts after it
    if (step === 0 && part === 'earlier') return span(monday, d, true);
    if (step === 0 && part === 'later') return span(addDays(d, 1), addDays(monday, 6), true);
    return span(monday, addDays(monday, 6), true);
  };
}

/** "last weekend", "over the weekend": the Saturday and Sunday before the writing (or the one it falls in) */
function weekend(step: -1 | 0 | 1) {
  return (doc: TimeValue) => {
    const d = writingDay(doc);
    if (!d) return null;
    const offset = sinceMonday(d);
    const saturday =
      step > 0
        ? addDays(d, 5 - offset + (offset >= 5 ? 7 : 0))
        : step === 0 && offset >= 5
          ? addDays(d, 5 - offset)
          : addDays(d, -offset - 2);
    return span(saturday, addDays(saturday, 1), true);
  };
}

function recent(unit: 'day' | 'week', count: number, forward = false) {
  return (doc: TimeValue) => {
    const d = writingDay(doc);
    if (!d) return null;
    const days = (unit === 'week' ? 7 : 1) * count;
    return forward ? span(addDays(d, 1), addDays(d, days)) : span(addDays(d, -days), d);
  };
}

export const deicticDayParser: Parser = {
  id: 'deictic-day',
  parse(text: string): Candidate[] {
    const out: Candidate[] = [];
    const push = (
      m: RegExpExecArray,
      resolve: (doc: TimeValue) => TimeValue | null,
      precision: 'day' | 'range',
    ) =>
      out.push({
        ...relative('deictic', 'document', precision, resolve),
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        ruleId: 'deictic-day',
      });
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      // "on the last night of the talks", "that last week of July": a determiner makes it a
      // night or week of the story, not one counted from the writing
      if (
        /^(?:last|this|next)\b/i.test(m[0]) &&
        DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      if (m[1]) {
        const w = m[1].toLowerCase().replace(/\s+/g, ' ');
        const days = w.startsWith('the day before')
          ? -2
          : w.startsWith('the day after')
            ? 2
            : w === 'yesterday' || w === 'last night'
              ? -1
              : w === 'tomorrow'
                ? 1
                : 0;
        push(m, dayShift(days), 'day');
      } else if (m[3]) {
        const which = m[3].toLowerCase();
        const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
        const part = (m[2]?.toLowerCase() as 'earlier' | 'later' | undefined) ?? null;
        push(m, m[4].toLowerCase() === 'weekend' ? weekend(step) : weekOf(step, part), 'range');
      } else if (m[5]) {
        push(m, weekend(0), 'range');
      } else if (m[6]) {
        const range = /^an?$/i.test(m[6]) ? ([1, 1] as [number, number]) : countRange(m[6]);
        if (!range) continue;
        const unit = m[7].toLowerCase() as 'day' | 'week';
        const per = unit === 'week' ? 7 : 1;
        push(
          m,
          (doc) => {
            const d = writingDay(doc);
            return d ? span(addDays(d, -range[1] * per), addDays(d, -range[0] * per)) : null;
          },
          range[0] === range[1] && unit === 'day' ? 'day' : 'range',
        );
      } else if (m[9]) {
        const range = m[8] ? countRange(m[8]) : ([1, 1] as [number, number]);
        if (!range) continue;
        push(m, recent(m[9].toLowerCase() as 'day' | 'week', range[1]), 'range');
      } else if (m[10]) {
        const unit = m[10].toLowerCase().startsWith('week') ? 'week' : 'day';
        const coming = /coming/i.test(m[0]);
        push(m, recent(unit, unit === 'week' ? 3 : 7, coming), 'range');
      }
    }
    return out;
  },
};
