/**
 * Fixed-date holidays that reports date events by: "On New Year's Day 2006 Gazprom cut …",
 * "troops crossed on Christmas Eve". With a year the day is stated; without one it is in the year
 * the story is in.
 * @module
 */
import { type Parser, regexParser, relative, stated } from '../candidate.js';
import { firstPoint, makeValue } from '../time-value-ops.js';

const HOLIDAYS: Record<string, string> = {
  "new year's day": '01-01',
  'new year day': '01-01',
  "new year's eve": '12-31',
  'christmas day': '12-25',
  'christmas eve': '12-24',
  'boxing day': '12-26',
};

const HOLIDAY =
  /\b(New Year['’]s Day|New Year Day|New Year['’]s Eve|Christmas Day|Christmas Eve|Boxing Day)(?:,?\s+(?:of\s+)?((?:1[5-9]|20)\d{2})\b)?/g;

export const holidayParser: Parser = regexParser('holiday', HOLIDAY, (m) => {
  const monthDay = HOLIDAYS[m[1].toLowerCase().replace('’', "'")];
  if (!monthDay) return null;
  if (m[2]) {
    const iso = `${m[2]}-${monthDay}`;
    return stated('day', makeValue(iso, iso, 'day'));
  }
  return relative('relative', 'narrative', 'day', (ref) => {
    const p = firstPoint(ref);
    if (!p) return null;
    const iso = `${p.year}-${monthDay}`;
    return makeValue(iso, iso, 'day', 'exact', true);
  });
});
