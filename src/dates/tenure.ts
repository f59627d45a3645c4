/**
 * Times named by who held office: "during the presidencies of Yeltsin and Rafsanjani",
 * "under President Khatami", "Ahmadinejad's presidency", "the Obama administration".
 * Dates do not know people; the caller passes a lookup (the coder builds one on the actor
 * dictionary's dated roles), so the one-way dependency between modules holds.
 * @module
 */
import type { Candidate } from './candidate.js';
import type { TimeValue } from './time-value.js';
import { makeValue, timeValueOverlaps, valueBounds } from './time-value-ops.js';

/** the time the named person held their (main) office, or null when unknown */
export type TenureLookup = (name: string) => TimeValue | null;

const TITLE =
  '(?:(?:the\\s+)?(?:late\\s+)?(?:President|Prime\\s+Minister|Premier|Supreme\\s+Leader|Ayatollah|Chancellor|King|Queen|Emperor|Shah|Sultan|Emir|Crown\\s+Prince|General|Secretary\\s+General|Chairman|Leader)\\s+)?';
// capitalised words, with particles inside a name ("al-Assad", "bin Salman", "de Gaulle")
const NAME = "[A-Z][\\w’'-]+(?:\\s+(?:(?:al|bin|ibn|de|van|von|der)[\\s-])?[A-Z][\\w’'-]+){0,3}";
const OFFICE =
  '(?:presidency|presidencies|tenure|tenures|premiership|premierships|rule|reign|administration|administrations|government|term|terms|leadership|era|years\\s+in\\s+(?:office|power))';

const PATTERN = new RegExp(
  [
    `\\b(?:[Dd]uring|[Tt]hroughout|[Ii]n|[Uu]nder|[Oo]ver)\\s+the\\s+${OFFICE}\\s+of\\s+${TITLE}(${NAME})(?:\\s+and\\s+${TITLE}(${NAME}))?`,
    `\\b[Uu]nder\\s+${TITLE}(${NAME})`,
    `\\b(?:[Dd]uring|[Tt]hroughout|[Ii]n|[Uu]nder|[Oo]ver)\\s+${TITLE}(${NAME})['’]s\\s+(?:\\w+\\s+)?${OFFICE}`,
    `\\b(?:[Dd]uring|[Tt]hroughout|[Ii]n|[Uu]nder|[Oo]ver)\\s+the\\s+(${NAME})\\s+(?:administration|presidency|era|years|government)\\b`,
  ].join('|'),
  'g',
);

function intersect(a: TimeValue, b: TimeValue): TimeValue | null {
  const x = valueBounds(a);
  const y = valueBounds(b);
  if (!x || !y || Math.max(x[0], y[0]) > Math.min(x[1], y[1])) return null;
  const start = x[0] >= y[0] ? a.start : b.start;
  const end = x[1] <= y[1] ? a.end : b.end;
  return makeValue(start, end, 'range', 'range', true);
}

/** trailing possessive or a word that cannot end a name */
function cleanName(name: string): string {
  return name.replace(/['’]s$/, '').trim();
}

/** tenure candidates in the text that do not overlap the ones already found */
export function findTenures(text: string, lookup: TenureLookup, existing: readonly Candidate[]): Candidate[] {
  if (!/\b(?:[Uu]nder|[Dd]uring|[Tt]hroughout|[Ii]n|[Oo]ver)\s/.test(text)) return [];
  const out: Candidate[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const names = m
      .slice(1)
      .filter((x): x is string => !!x)
      .map(cleanName);
    let value: TimeValue | null = null;
    for (const name of names) {
      const v = lookup(name);
      if (!v) {
        value = null;
        break;
      }
      value = value ? intersect(value, v) : { ...v, inferred: true };
      if (!value) break;
    }
    if (!value) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (existing.some((c) => c.start < end && start < c.end)) continue;
    out.push({
      start,
      end,
      text: m[0],
      ruleId: 'tenure',
      kind: 'range',
      value,
      anchor: 'text',
      precision: value.precision,
      carries: true,
    });
  }
  return out;
}

/** "within ten days of taking office", "soon after taking power": a time told by a leader's start */
const OFFICE_START =
  /\b(?:on|upon|after|soon\s+after|shortly\s+after|within\s+\w+\s+(?:days|weeks|months)\s+of|(?:\w+\s+)?(?:days|weeks|months)\s+after)\s+(?:taking|assuming|entering)\s+(?:office|power)\b/gi;
const NAME_NEAR = new RegExp(NAME, 'g');
/** titles a bare surname needs before the dictionary names its person ("President Moon") */
const LEADER_TITLES = ['President', 'Prime Minister', 'Chancellor'];

/**
 * "Moon sent an envoy to Beijing within ten days of taking office": the month the leader named
 * before it took office, when the dictionary knows their tenure
 */
export function findOfficeStarts(text: string, lookup: TenureLookup): Candidate[] {
  if (!/\b(?:office|power)\b/.test(text)) return [];
  const out: Candidate[] = [];
  OFFICE_START.lastIndex = 0;
  for (let m = OFFICE_START.exec(text); m; m = OFFICE_START.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    let took: string | null = null;
    // the leader named before it ("Moon sent … within ten days of taking office"), else the one
    // right after ("Soon after taking office, President Moon sent …")
    const names = [...text.matchAll(NAME_NEAR)];
    const ordered = [
      ...names.filter((n) => n.index < start),
      ...names.filter((n) => n.index >= end).slice(0, 1),
    ];
    for (const n of ordered) {
      if (took) break;
      const name = cleanName(n[0]);
      for (const asked of [name, ...LEADER_TITLES.map((t) => `${t} ${name}`)]) {
        const tenure = lookup(asked);
        if (tenure?.start) {
          took = tenure.start;
          break;
        }
      }
    }
    if (!took) continue;
    out.push({
      start,
      end,
      text: m[0],
      ruleId: 'office-start',
      kind: took.length > 4 ? 'month' : 'year',
      value: makeValue(took, took, took.length > 4 ? 'month' : 'year', 'approximate', true),
      anchor: 'text',
      precision: took.length > 4 ? 'month' : 'year',
      carries: true,
    });
  }
  return out;
}

/** an office-holder by title, the title naming the office the dictionary dates ("President Joko Widodo") */
const TITLED_HOLDER = new RegExp(
  `(?<![Ff]ormer\\s|[Ll]ate\\s|[Ee]x-|[Vv]ice\\s|[Dd]eputy\\s)\\b(?:President|Prime\\s+Minister|Chancellor|Premier)\\s+(${NAME})`,
  'g',
);

/**
 * The tenures of the office-holders a sentence names by title: a month the sentence gives without
 * its year cannot lie outside all of them ("President Joko Widodo refused clemency in December",
 * after a flashback ten years back, is the December of his presidency). Null when the sentence names none the
 * dictionary dates.
 */
export function titledTenures(text: string, lookup: TenureLookup): TimeValue[] | null {
  if (!/\b(?:President|Minister|Chancellor|Premier)\s/.test(text)) return null;
  const out: TimeValue[] = [];
  TITLED_HOLDER.lastIndex = 0;
  for (let m = TITLED_HOLDER.exec(text); m; m = TITLED_HOLDER.exec(text)) {
    const tenure = lookup(m[0].replace(/['’]s$/, ''));
    if (tenure?.start) out.push(tenure);
  }
  return out.length ? out : null;
}

/** how many years a yearless month may be moved to fall inside an office-holder's tenure */
const TENURE_REACH_YEARS = 30;

/**
 * A yearless month or day moved by whole years into the tenure of an office-holder the sentence
 * names: the latest such year not after `latest` (the writing), as a bare month in a report is
 * the last one before it; without a writing date, the nearest year. Null where it already lies in
 * one of the tenures, or no year within reach does.
 */
export function movedIntoTenure(
  value: TimeValue,
  tenures: readonly TimeValue[],
  latest: TimeValue | null,
): TimeValue | null {
  const inside = (v: TimeValue) => tenures.some((t) => timeValueOverlaps(t, v));
  if (!value.start || value.start !== value.end || inside(value)) return null;
  const year = Number(value.start.slice(0, 4));
  const limit = latest ? valueBounds(latest)?.[1] : undefined;
  const years: number[] = [];
  if (limit !== undefined) {
    const last = Math.floor(limit / 10000);
    for (let y = last; y >= last - TENURE_REACH_YEARS; y--) years.push(y);
  } else for (let d = 1; d <= TENURE_REACH_YEARS; d++) years.push(year + d, year - d);
  for (const y of years) {
    const date = `${String(y).padStart(4, '0')}${value.start.slice(4)}`;
    const moved: TimeValue = { ...value, start: date, end: date, inferred: true };
    const bounds = valueBounds(moved);
    if (bounds && (limit === undefined || bounds[0] <= limit) && inside(moved)) return moved;
  }
  return null;
}
