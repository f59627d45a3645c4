/**
 * Which parsers and refiners run, and in what order. Order matters twice: parsers listed
 * first win ties in the overlap refiner, and refiners run top to bottom.
 * @module
 */
import type { Parser, Refiner } from './candidate.js';
import { centuryParser } from './parsers/century-parser.js';
import { chronoFullDateParser } from './parsers/chrono-full-date-parser.js';
import { decadeParser } from './parsers/decade-parser.js';
import { deicticParser } from './parsers/deictic-parser.js';
import { eraParser } from './parsers/era-parser.js';
import { monthRangeParser } from './parsers/month-range-parser.js';
import { monthYearParser } from './parsers/month-year-parser.js';
import { narrativeAnchorParser } from './parsers/narrative-anchor-parser.js';
import { partOfMonthParser } from './parsers/part-of-month-parser.js';
import { partOfYearParser } from './parsers/part-of-year-parser.js';
import { bareMonthParser, monthOfRelativeYearParser } from './parsers/relative-month-parser.js';
import { adjacentUnitParser, sameUnitParser } from './parsers/relative-named-parser.js';
import { relativeOffsetParser, vagueOffsetParser } from './parsers/relative-offset-parser.js';
import { seasonParser } from './parsers/season-parser.js';
import { yearParser } from './parsers/year-parser.js';
import { yearRangeParser } from './parsers/year-range-parser.js';
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

const numericParsers: Parser[] = [
  chronoFullDateParser,
  monthRangeParser,
  partOfMonthParser,
  monthYearParser,
  seasonParser,
  partOfYearParser,
  decadeParser,
  yearRangeParser,
  eraParser,
  yearParser,
  relativeOffsetParser,
];

const wordParsers: Parser[] = [
  centuryParser,
  monthOfRelativeYearParser,
  bareMonthParser,
  relativeOffsetParser,
  vagueOffsetParser,
  sameUnitParser,
  adjacentUnitParser,
  narrativeAnchorParser,
  deicticParser,
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
  ],
};
