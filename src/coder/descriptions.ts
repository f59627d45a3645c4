/**
 * Definite descriptions that name a state or its government without naming it: "the Treasury",
 * "the Commerce Department" (departments known by one government's usage), and descriptions
 * that stand for a state named before: "the capital", "the North" after the two Koreas, "the
 * emirate", "the kingdom", "the island", "the administration". The actors dictionary lists
 * names; these depend on what the text has named, so the coder resolves them.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

/** what the document named before, most recent last */
export interface NamedSoFar {
  latest(pred: (m: ActorMention) => boolean): ActorMention | undefined;
}

/** departments that English-language reports name without their country */
const FIXED: Array<[RegExp, string, string]> = [
  [/\bthe (?:US |U\.S\. )?Treasury(?: Department)?\b/g, 'USAGOV', 'United States Treasury'],
  [
    /\b(?:the )?(?:US |U\.S\. )?(?:Commerce Department|Department of Commerce)\b/g,
    'USAGOV',
    'US Commerce Department',
  ],
  [
    /\b(?:the )?(?:US |U\.S\. )?(?:Justice Department|Department of Justice)\b/g,
    'USAGOV',
    'US Justice Department',
  ],
  [
    /\b(?:the )?(?:US |U\.S\. )?(?:Defense Department|Department of Defense)\b/g,
    'USAMIL',
    'US Defense Department',
  ],
];

const EMIRATES = new Set(['QAT', 'ARE', 'KWT']);
const KINGDOMS = new Set([
  'SAU',
  'JOR',
  'MAR',
  'BHR',
  'GBR',
  'ESP',
  'THA',
  'NLD',
  'BEL',
  'SWE',
  'NOR',
  'DNK',
  'OMN',
]);
const ISLANDS = new Set([
  'TWN',
  'CUB',
  'CYP',
  'LKA',
  'JPN',
  'IRL',
  'ISL',
  'PHL',
  'MDG',
  'HTI',
  'SGP',
  'BHR',
  'MLT',
]);
const STATELIKE = new Set(['state', 'leader', 'government', 'military']);

function countryOf(m: ActorMention): string {
  return m.country || m.code.slice(0, 3);
}

interface Contextual {
  re: RegExp;
  /** which earlier actor the description stands for */
  accepts: (m: ActorMention) => boolean;
  /** the code given to the description from the country it stands for */
  code: (country: string) => string;
  how: ActorMention['how'];
}

const CONTEXTUAL: Contextual[] = [
  {
    // "troops withdrew from around the capital": the capital of the last state named
    re: /\bthe capital\b(?! of)/g,
    accepts: (m) => m.type === 'state',
    code: (c) => c,
    how: 'metonym',
  },
  {
    re: /\bthe emirate\b/g,
    accepts: (m) => EMIRATES.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  {
    re: /\bthe kingdom\b/g,
    accepts: (m) => KINGDOMS.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  {
    re: /\bthe island\b(?! of)/g,
    accepts: (m) => ISLANDS.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  {
    // "the administration": the government of the last leader or government named whose
    // government English calls an administration (Washington's, or one named "the X administration")
    re: /\b[Tt]he administration\b/g,
    accepts: (m) =>
      (m.type === 'leader' || m.type === 'government') &&
      countryOf(m).length === 3 &&
      (countryOf(m) === 'USA' || /administration/i.test(m.text)),
    code: (c) => `${c}GOV`,
    how: 'alias',
  },
];

function overlaps(found: ActorMention[], start: number, end: number): boolean {
  return found.some((f) => f.start < end && start < f.end);
}

function mention(
  text: string,
  start: number,
  end: number,
  code: string,
  name: string,
  how: ActorMention['how'],
  type: ActorMention['type'],
): ActorMention {
  const id = `description:${text.slice(start, end).toLowerCase().replace(/\s+/g, '-')}`;
  return {
    start,
    end,
    text: text.slice(start, end),
    code,
    country: code.slice(0, 3),
    name,
    entryId: id,
    type,
    how,
    entryIds: [id],
  };
}

/** description mentions in `text` that no resolver mention covers */
export function descriptionMentions(text: string, found: ActorMention[], before: NamedSoFar): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [re, code, name] of FIXED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].startsWith('the ') ? 4 : 0);
      const end = m.index + m[0].length;
      if (!overlaps(found, start, end))
        out.push(mention(text, start, end, code, name, 'alias', 'government'));
    }
  }
  // "the North", "the South" stand for the Koreas once either has been named
  const korea = before.latest((m) => countryOf(m) === 'PRK' || countryOf(m) === 'KOR');
  if (korea) {
    const re = /\bthe (North|South)\b(?![- ][A-Z])(?! of\b)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + 4;
      const end = m.index + m[0].length;
      const north = m[1] === 'North';
      if (!overlaps(found, start, end))
        out.push(
          mention(
            text,
            start,
            end,
            north ? 'PRK' : 'KOR',
            north ? 'North Korea' : 'South Korea',
            'alias',
            'state',
          ),
        );
    }
  }
  for (const d of CONTEXTUAL) {
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m; m = d.re.exec(text)) {
      const start = m.index + 4;
      const end = m.index + m[0].length;
      if (overlaps(found, start, end)) continue;
      // "Russian troops withdrew from around the capital": not the capital of a country named just before in the sentence
      const here = new Set(found.filter((f) => f.end <= m.index).map(countryOf));
      const ante = before.latest((x) => d.accepts(x) && !here.has(countryOf(x)));
      if (!ante) continue;
      const country = countryOf(ante);
      out.push(
        mention(
          text,
          start,
          end,
          d.code(country),
          ante.name,
          d.how,
          d.how === 'metonym' ? 'state' : ante.type === 'state' ? 'state' : 'government',
        ),
      );
    }
  }
  return out;
}
