/**
 * A month whose year comes from narrative time: "in October that year", "March of the
 * following year", "by June", "In October, …", "Then came May."; from the document's date: "in
 * April of last year"; and a day of the story's month: "on the 17th".
 * @module
 */

import { isoMonth, MONTH_PATTERN, monthNumber } from '../calendar.js';
import { type Parser, regexParser, relative } from '../candidate.js';
import { firstPoint, lastPoint, makeValue, yearOfMonthAfter } from '../time-value-ops.js';

const WITH_YEAR_WORD = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(that|the\\s+same|that\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+year\\b`,
  'g',
);

// "that November", "the following February", "the previous September"
const MONTH_AFTER_WORD = new RegExp(
  `\\b(that|that\\s+same|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+(${MONTH_PATTERN})(?![\\w-])(?!\\s*,?\\s*(?:of\\s+)?\\d)`,
  'gi',
);

// a bare month needs a preposition in front: "May" and "March" are also a verb and a noun
const PREPOSITIONS = [
  'in',
  'by',
  'since',
  'until',
  'till',
  'from',
  'during',
  'early',
  'late',
  'of',
  'after',
  'before',
  'through',
  'mid',
];
const PREP_ALTERNATION = PREPOSITIONS.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]).join('|');
// "Then came May.": a month that arrives in the story needs no preposition
// "January was busy.", "Then January, and the change of guard": a month that opens its sentence
// as the subject of a verb of time, or is named alone after "Then" (never "May", also a name)
const SUBJECT_MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const BARE = new RegExp(
  `\\b(?:${PREP_ALTERNATION})[\\s-]+(${MONTH_PATTERN})(?![\\w-])(?!\\s*,?\\s*(?:of\\s+)?\\d)|\\b(?:came|come|arrived)\\s+(${MONTH_PATTERN})(?=\\s*[.,;:!])|(?:^|[.!?:]\\s+|\\b[Tt]hen\\s+)(${SUBJECT_MONTH})(?=\\s+(?:was|were|had|came|brought|saw|began|opened|ended|passed|turned)\\b|\\s*,\\s*and\\b)`,
  'g',
);

// "June — Hanoi proposes talks", "Sept. — the premier visits Bangkok": a chronology's entry for a
// month, the month alone before a dash at the start of the line
const ENTRY_MONTH = new RegExp(`^\\s*(${MONTH_PATTERN})\\.?(?=\\s*[—–]\\s)`, 'g');

export const entryMonthParser = regexParser('entry-month', ENTRY_MONTH, (m) => {
  const month = monthNumber(m[1]);
  return relative('relative', 'narrative', 'month', (ref) => {
    const year = yearOfMonthAfter(ref, month);
    if (year === null) return null;
    const iso = isoMonth(year, month);
    return makeValue(iso, iso, 'month', 'exact', true);
  });
});

export const monthOfRelativeYearParser = regexParser('relative-month', WITH_YEAR_WORD, (m) => {
  const month = monthNumber(m[1]);
  const word = m[2].toLowerCase().replace(/\s+/g, ' ');
  const step =
    word.endsWith('following') || word.endsWith('next')
      ? 1
      : word.endsWith('previous') || word.endsWith('preceding')
        ? -1
        : 0;
  return relative('relative', 'narrative', 'month', (ref) => {
    const p = step > 0 ? lastPoint(ref) : firstPoint(ref);
    if (!p) return null;
    const iso = isoMonth(p.year + step, month);
    return makeValue(iso, iso, 'month', 'exact', true);
  });
});

const bareMonthMatches = regexParser('bare-month', BARE, (m) => {
  const month = monthNumber(m[1] ?? m[2] ?? m[3]);
  return relative('relative', 'narrative', 'month', (ref) => {
    const year = yearOfMonthAfter(ref, month);
    if (year === null) return null;
    const iso = isoMonth(year, month);
    return makeValue(iso, iso, 'month', 'exact', true);
  });
});

/** the span is the month alone; the preposition only licenses it */
export const bareMonthParser: Parser = {
  id: 'bare-month',
  parse(text: string) {
    return bareMonthMatches.parse(text).map((c) => {
      const start = c.end - /\S+$/.exec(c.text)![0].length;
      return { ...c, start, text: text.slice(start, c.end) };
    });
  },
};

export const wordMonthParser = regexParser('relative-month', MONTH_AFTER_WORD, (m) => {
  // the pattern ignores case for "That"/"The"; the month itself must be capitalised
  if (!/^[A-Z]/.test(m[2])) return null;
  const month = monthNumber(m[2]);
  const word = m[1].toLowerCase().replace(/\s+/g, ' ');
  const step = /following|next/.test(word) ? 1 : /previous|preceding/.test(word) ? -1 : 0;
  // "the tariffs imposed the previous September" looks back; the story does not move there
  return relative(
    'relative',
    'narrative',
    'month',
    (ref) => {
      const p = step > 0 ? lastPoint(ref) : firstPoint(ref);
      if (!p) return null;
      let year = p.year;
      // the next February after August 2014 is in 2015; the previous September before January 2020 in 2019
      if (step > 0 && (p.month === undefined || p.month >= month)) year++;
      if (step < 0 && (p.month === undefined || p.month <= month)) year--;
      const iso = isoMonth(year, month);
      return makeValue(iso, iso, 'month', 'exact', true);
    },
    step >= 0,
  );
});

// "in April of last year", "March this year": the year is the document's, one back or on
const WITH_DEICTIC_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'g');

export const monthOfDeicticYearParser = regexParser('deictic-month', WITH_DEICTIC_YEAR, (m) => {
  const month = monthNumber(m[1]);
  const step = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
  return relative('deictic', 'document', 'month', (doc) => {
    const p = firstPoint(doc);
    if (!p) return null;
    const iso = isoMonth(p.year + step, month);
    return makeValue(iso, iso, 'month', 'exact', true);
  });
});

// "on Jan 7 last year", "28 March this year": a day whose year is the document's, one back or on
const DAY_OF_DEICTIC_YEAR = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})|(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?),?\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
  'g',
);

export const dayOfDeicticYearParser = regexParser('deictic-day-month', DAY_OF_DEICTIC_YEAR, (m) => {
  const month = monthNumber(m[2] ?? m[3]);
  const day = Number(m[1] ?? m[4]);
  if (day < 1 || day > 31) return null;
  const step = m[5] === 'last' ? -1 : m[5] === 'next' ? 1 : 0;
  return relative('deictic', 'document', 'day', (doc) => {
    const p = firstPoint(doc);
    if (!p) return null;
    const iso = `${isoMonth(p.year + step, month)}-${String(day).padStart(2, '0')}`;
    return makeValue(iso, iso, 'day', 'exact', true);
  });
});

// "On the 17th and 18th the gendarmes stepped back", "by the morning of the 7th", "until the
// 20th": a day of the month the story is in
const ORDINAL_DAY =
  /\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|(?:morning|afternoon|evening|night|hours|dawn|end)\s+of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|anniversary|floor|round|time|day|session|meeting|summit|congress|amendment|plenum|article|paragraph|parallel|division|army|fleet|brigade))/g;

export const ordinalDayParser = regexParser('ordinal-day', ORDINAL_DAY, (m) => {
  const day = Number(m[1]);
  if (day < 1 || day > 31) return null;
  return relative('relative', 'narrative', 'day', (ref) => {
    const p = firstPoint(ref);
    if (!p || p.month === undefined) return null;
    const iso = `${isoMonth(p.year, p.month)}-${String(day).padStart(2, '0')}`;
    return makeValue(iso, iso, 'day', 'exact', true);
  });
});

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
  'twenty-sixth',
  'twenty-seventh',
  'twenty-eighth',
  'twenty-ninth',
  'thirtieth',
  'thirty-first',
];
// "January was busy. On the seventh, the secretary of state announced …": a day spelt out, set off
// by a comma as a time is ("On the second point" goes on without one)
const WORD_ORDINAL_DAY = new RegExp(`\\b[Oo]n\\s+the\\s+(${ORDINAL_WORDS.join('|')})(?=\\s*,)`, 'g');

export const wordOrdinalDayParser = regexParser('ordinal-day', WORD_ORDINAL_DAY, (m) => {
  const day = ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1;
  return relative('relative', 'narrative', 'day', (ref) => {
    const p = firstPoint(ref);
    if (!p || p.month === undefined) return null;
    const iso = `${isoMonth(p.year, p.month)}-${String(day).padStart(2, '0')}`;
    return makeValue(iso, iso, 'day', 'exact', true);
  });
});
