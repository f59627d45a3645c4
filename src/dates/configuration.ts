/**
 * Which parsers and refiners run, and in what order. Order matters twice: parsers listed
 * first win ties in the overlap refiner, and refiners run top to bottom.
 * @module
 */
import { anyOf, gated, type Parser, type Refiner, type TextFeatures } from './candidate.js';
import { centuryParser } from './parsers/century-parser.js';
import { chronoFullDateParser } from './parsers/chrono-full-date-parser.js';
import { decadeParser } from './parsers/decade-parser.js';
import { deicticDayParser } from './parsers/deictic-day-parser.js';
import { deicticParser } from './parsers/deictic-parser.js';
import { deicticSeasonParser } from './parsers/deictic-season-parser.js';
import { eraParser } from './parsers/era-parser.js';
import { followingPeriodParser, withinPeriodParser } from './parsers/following-period-parser.js';
import { fullDateParser } from './parsers/full-date-parser.js';
import { historicalEventParser, mayNameHistoricalEvent } from './parsers/historical-event-parser.js';
import { holidayParser } from './parsers/holiday-parser.js';
import { monthRangeParser } from './parsers/month-range-parser.js';
import { monthYearParser } from './parsers/month-year-parser.js';
import { narrativeAnchorParser } from './parsers/narrative-anchor-parser.js';
import { partOfMonthParser } from './parsers/part-of-month-parser.js';
import { partOfYearParser } from './parsers/part-of-year-parser.js';
import { adjacentDayParser, sameDayParser } from './parsers/relative-day-parser.js';
import {
  bareMonthParser,
  dayOfDeicticYearParser,
  entryMonthParser,
  monthOfDeicticYearParser,
  monthOfRelativeYearParser,
  ordinalDayParser,
  wordMonthParser,
  wordOrdinalDayParser,
} from './parsers/relative-month-parser.js';
import { adjacentUnitParser, sameUnitParser } from './parsers/relative-named-parser.js';
import {
  hourOffsetParser,
  relativeOffsetParser,
  vagueOffsetParser,
} from './parsers/relative-offset-parser.js';
import { seasonParser } from './parsers/season-parser.js';
import { weekdayOfMonthParser } from './parsers/weekday-of-month-parser.js';
import { weekdayParser } from './parsers/weekday-parser.js';
import { yearParser } from './parsers/year-parser.js';
import { yearRangeParser } from './parsers/year-range-parser.js';
import { eventAnchorRefiner } from './refiners/event-anchor-refiner.js';
import { openIntervalRefiner } from './refiners/open-interval-refiner.js';
import { createOverlapRefiner } from './refiners/overlap-refiner.js';
import { rangeRefiner } from './refiners/range-refiner.js';

export interface Configuration {
  /** parsers that need a digit in the text */
  numericParsers: Parser[];
  /** parsers that work from words alone */
  wordParsers: Parser[];
  refiners: Refiner[];
}

// Gates: cheap tests (a flag or a substring of the lowercased text) without which a parser
// cannot match. Most sentences pass few of them, and a gate is far cheaper than a regex.
const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
const UNITS = ['day', 'week', 'month', 'year', 'decade'];
const month = (f: TextFeatures) => f.hasMonth;
const monthAndDigit = (f: TextFeatures) => f.hasMonth && f.hasDigit;
const seasons = anyOf(SEASONS);
const dayParts = anyOf(['day', 'morning', 'afternoon', 'evening', 'night']);
const units = anyOf(UNITS);
const WEEKDAY_NAMES = anyOf(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const followingWords = anyOf([
  'ensuing',
  'following',
  'next',
  'subsequent',
  'succeeding',
  'coming',
  'followed',
  'after',
  'since',
  'to come',
]);
const numericDate = (f: TextFeatures) => f.hasMonth || f.text.includes('-');

const numericParsers: Parser[] = [
  gated(fullDateParser, numericDate),
  gated(ordinalDayParser, (f) => f.lower.includes(' the ')),
  gated(chronoFullDateParser, (f) => f.hasMonth || f.text.includes('/')),
  gated(monthRangeParser, monthAndDigit),
  gated(partOfMonthParser, monthAndDigit),
  gated(monthYearParser, monthAndDigit),
  gated(seasonParser, seasons),
  gated(
    partOfYearParser,
    anyOf([
      'early',
      'mid',
      'late',
      'beginning',
      'start',
      'end',
      'middle',
      'half',
      'part',
      'months',
      'quarter',
    ]),
  ),
  gated(decadeParser, anyOf(['0s', "0's", '0’s'])),
  yearRangeParser,
  gated(eraParser, (f) => /\b(?:B\.?C|A\.?D|CE)\b/.test(f.text)),
  yearParser,
];

const wordParsers: Parser[] = [
  gated(holidayParser, anyOf(['new year', 'christmas', 'boxing day'])),
  // the names come from a data file, read when the first sentence is scanned, not at import
  gated(historicalEventParser, mayNameHistoricalEvent),
  gated(centuryParser, anyOf(['century'])),
  gated(monthOfRelativeYearParser, (f) => f.hasMonth && f.lower.includes('year')),
  gated(wordMonthParser, (f) => f.hasMonth && (f.lower.includes('that ') || f.lower.includes('the '))),
  gated(monthOfDeicticYearParser, (f) => f.hasMonth && f.lower.includes(' year')),
  gated(dayOfDeicticYearParser, (f) => f.hasMonth && f.hasDigit && f.lower.includes(' year')),
  gated(bareMonthParser, month),
  gated(wordOrdinalDayParser, (f) => f.lower.includes('on the ') && f.text.includes(',')),
  gated(entryMonthParser, (f) => f.hasMonth && (f.text.includes('—') || f.text.includes('–'))),
  gated(deicticSeasonParser, seasons),
  gated(relativeOffsetParser, units),
  gated(vagueOffsetParser, anyOf(['days', 'weeks', 'months', 'years', 'decades'])),
  gated(hourOffsetParser, anyOf(['hour', 'minute'])),
  gated(followingPeriodParser, (f) => units(f) && followingWords(f)),
  gated(withinPeriodParser, anyOf(['within'])),
  gated(
    sameUnitParser,
    (f) =>
      ((f.lower.includes('that') || f.lower.includes('same')) && (units(f) || seasons(f))) ||
      (f.lower.includes('the ') && seasons(f)),
  ),
  gated(adjacentUnitParser, (f) => f.lower.includes('the ') && (units(f) || seasons(f))),
  gated(adjacentDayParser, (f) => f.lower.includes('the ') && dayParts(f)),
  gated(sameDayParser, (f) => (f.lower.includes('that ') || f.lower.includes('same ')) && dayParts(f)),
  gated(weekdayOfMonthParser, (f) => f.hasMonth && f.lower.includes('day') && WEEKDAY_NAMES(f)),
  gated(weekdayParser, (f) => f.lower.includes('day') && WEEKDAY_NAMES(f)),
  gated(
    narrativeAnchorParser,
    anyOf(['then', 'time', 'point', 'moment', 'juncture', 'stage', 'meanwhile', 'meantime']),
  ),
  gated(
    deicticDayParser,
    anyOf([
      'yesterday',
      'tomorrow',
      'week',
      'night',
      'morning',
      'afternoon',
      'evening',
      'today',
      'tonight',
      'days',
    ]),
  ),
  gated(
    deicticParser,
    anyOf([
      'current',
      'present',
      'nowadays',
      'these days',
      'today',
      'now',
      'to date',
      'recent',
      'lately',
      'last ',
      'this ',
      'next ',
      'past ',
      'previous ',
      ' ago',
      ' since',
    ]),
  ),
];

const priority = [...new Set([...numericParsers, ...wordParsers].map((p) => p.id))];

export const defaultConfiguration: Configuration = {
  numericParsers,
  wordParsers,
  refiners: [
    createOverlapRefiner(priority),
    // the range refiner joins the longest readings, so it runs after overlaps are settled
    rangeRefiner,
    openIntervalRefiner,
    // after the open refiner, so "two years after 2010" is not first read as "after 2010"
    eventAnchorRefiner,
  ],
};
