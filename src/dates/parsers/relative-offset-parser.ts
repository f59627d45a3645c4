/**
 * Counted offsets from narrative time: "A month later", "two weeks after", "Nearly 20 years
 * after", "three years earlier", and the vague "years later", "a few months afterwards".
 * @module
 */
import { regexParser, relative } from '../candidate.js';
import { COUNT_PATTERN, countRange } from '../number-words.js';
import { shiftValue, type Unit } from '../shift.js';
import type { Precision } from '../time-value.js';

const HEDGE =
  '(?:nearly|almost|about|around|roughly|some|over|more\\s+than|less\\s+than|just\\s+over|just\\s+under|barely|only|fewer\\s+than|at\\s+least|approximately|exactly|precisely|another)';
const COUNTED = new RegExp(
  `\\b(?:(${HEDGE})\\s+)?(${COUNT_PATTERN})\\s+(day|week|month|year|decade)s?\\s+(later|afterwards?|after|on|earlier|before|previously|prior)\\b`,
  'gi',
);
const VAGUE = /\b(days|weeks|months|years|decades)\s+(later|afterwards?|earlier|before|on)\b/gi;
const HOURS = new RegExp(
  `\\b(?:(?:${HEDGE})\\s+)?(?:(${COUNT_PATTERN})\\s+)?(?:hour|minute)s?\\s+(later|afterwards?|after|earlier|before)\\b`,
  'gi',
);

const DURATION_BEFORE = /\bfor\s+$/i;
/** "had spent twenty years on the frontier": a span of a life or a wait, no step of the story */
const SPENT_BEFORE =
  /\b(?:spent|spend|spends|spending|served|serving|lived|living|worked|working|waited|waiting|lasted|lasting)\s+(?:(?:nearly|almost|about|some|over|more\s+than)\s+)?$/i;
/** "years on the frontier": an "on" that opens a phrase of place is a preposition, not "later" */
const PHRASE_AFTER_ON = /^\s+(?:the|a|an|his|her|their|its|our|this|that)\b/i;
const DATE_AFTER_ON =
  /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|January|February|March|April|May|June|July|August|September|October|November|December|the\s+\d)/;

/** "five years on Wednesday": an "on" that opens the date after it is no "later" */
function onBeforeDate(word: string, text: string, end: number): boolean {
  return /^on$/i.test(word) && DATE_AFTER_ON.test(text.slice(end, end + 12));
}

// how many units a bare plural ("years later") plausibly spans
const VAGUE_SPAN: Readonly<Record<Unit, [number, number]>> = {
  day: [2, 14],
  week: [2, 8],
  month: [2, 11],
  year: [2, 10],
  decade: [2, 5],
};

const UNIT_PRECISION: Readonly<Record<Unit, Precision>> = {
  day: 'day',
  week: 'day',
  month: 'month',
  year: 'year',
  decade: 'decade',
};

function isForward(word: string): boolean {
  return /^(later|after|afterwards?|on)$/i.test(word);
}

export const relativeOffsetParser = regexParser('relative-offset', COUNTED, (m, text) => {
  // "two years before the deal": a count before a month or year noun ("1,000 days") is not an offset
  if (m.index > 0 && /[\d,.$-]/.test(text[m.index - 1])) return null;
  // "extended the treaty for five years on Wednesday": a duration, and "on" belongs to the day after
  if (DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
  if (onBeforeDate(m[4], text, m.index + m[0].length)) return null;
  if (SPENT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
  if (
    /^on$/i.test(m[4]) &&
    PHRASE_AFTER_ON.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
  )
    return null;
  const range = countRange(m[2]);
  if (!range) return null;
  const unit = m[3].toLowerCase() as Unit;
  const hedged = !!m[1] && !/^(exactly|precisely)$/i.test(m[1]);
  const forward = isForward(m[4]);
  return relative('relative', 'narrative', UNIT_PRECISION[unit], (ref) => {
    const v = shiftValue(ref, unit, range[0], range[1], forward);
    return v && hedged ? { ...v, type: 'approximate' } : v;
  });
});

const COUNT_BEFORE = new RegExp(`(?:\\b(?:${COUNT_PATTERN})|\\bfor)\\s+$`, 'i');

export const vagueOffsetParser = regexParser('relative-vague', VAGUE, (m, text) => {
  // "for five years on Wednesday": a counted span the counted parser left alone is no vague one
  if (COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
  if (onBeforeDate(m[2], text, m.index + m[0].length)) return null;
  const unit = m[1].toLowerCase().replace(/s$/, '') as Unit;
  const [low, high] = VAGUE_SPAN[unit];
  const forward = isForward(m[2]);
  // "… he said years later": when a remark was made, not where the story goes on from
  const remark = REMARK_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
  return relative(
    'relative',
    'narrative',
    'range',
    (ref) => shiftValue(ref, unit, low, high, forward),
    !remark,
  );
});

// "a commission decided, years later, that …": a finding made later is no step of the story either
const REMARK_BEFORE =
  /\b(?:said|says|recalled|recalls|told|tells|wrote|writes|remembered|remembers|admitted|joked|reflected|noted|added|conceded|decided|ruled|found|concluded|judged|acknowledged)(?:,?\s+(?:\w+\s+){0,2})?,?\s+$/i;

/** "hours later", "48 hours after": the same day, or as many whole days on as the hours make */
export const hourOffsetParser = regexParser('relative-hours', HOURS, (m, text) => {
  if (m.index > 0 && /[\d,.$-]/.test(text[m.index - 1])) return null;
  const range = m[1] ? countRange(m[1]) : [0, 23];
  if (!range) return null;
  const forward = isForward(m[2]);
  const low = Math.floor(range[0] / 24);
  const high = Math.floor(range[1] / 24);
  return relative('relative', 'narrative', 'day', (ref) => shiftValue(ref, 'day', low, high, forward));
});
