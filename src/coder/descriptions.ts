/**
 * Definite descriptions that name a state or its government without naming it: "the Treasury",
 * "the Commerce Department" (departments known by one government's usage), and descriptions
 * that stand for a state named before: "the capital", "the North" after the two Koreas, "the
 * emirate", "the kingdom", "the island", "the administration". The actors dictionary lists
 * names; these depend on what the text has named, so the coder resolves them.
 * @module
 */

import type { ActorMention } from '../actors/mention.js';
import { countryOf } from './country-of.js';
import { NAME_LETTER, NAME_LOWER, NAME_UPPER } from './name-letters.js';
import { stateMention } from './state-mention.js';

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
const GULF = new Set(['SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN']);
const BALTIC = new Set(['LTU', 'LVA', 'EST']);
const CAUCASUS = new Set(['ARM', 'AZE', 'GEO']);
const NORDIC = new Set(['NOR', 'SWE', 'FIN', 'DNK', 'ISL']);
const CENTRAL_ASIA = new Set(['KAZ', 'UZB', 'TKM', 'KGZ', 'TJK']);
const BALKANS = new Set(['SRB', 'HRV', 'BIH', 'MNE', 'MKD', 'ALB', 'KSV', 'BGR', 'SVN']);
/** "the Gulf state", "the Baltic republic", "the Central Asian nation": a region's member named before */
const REGIONAL: Array<[string, Set<string>]> = [
  ['Gulf', GULF],
  ['Baltic', BALTIC],
  ['(?:South )?Caucasus|Caucasian', CAUCASUS],
  ['Nordic|Scandinavian', NORDIC],
  ['Central Asian', CENTRAL_ASIA],
  ['Balkan', BALKANS],
];
const STATELIKE = new Set(['state', 'leader', 'government', 'military']);

interface Contextual {
  re: RegExp;
  /** which earlier actor the description stands for */
  accepts: (m: ActorMention) => boolean;
  /** the code given to the description from the country (and the actor) it stands for */
  code: (country: string, ante: ActorMention) => string;
  how: ActorMention['how'];
  /** "the Caucasus republic": the description wins over a region's name inside it */
  overRegion?: boolean;
}

const CONTEXTUAL: Contextual[] = [
  {
    // "troops withdrew from around the capital": the capital of the last state named
    re: /\b[Tt]he capital\b(?! of)/g,
    accepts: (m) => m.type === 'state',
    code: (c) => c,
    how: 'metonym',
  },
  {
    re: /\b[Tt]he [Ee]mirate\b(?! of [A-Z])/g,
    accepts: (m) => EMIRATES.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  {
    // "the Kingdom" as Riyadh's own statements write it, not "the Kingdom of …"
    re: /\b[Tt]he (?:Gulf |Sunni |desert )?[Kk]ingdom\b(?! of [A-Z])/g,
    accepts: (m) => KINGDOMS.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  {
    re: /\b[Tt]he island\b(?! of)/g,
    accepts: (m) => ISLANDS.has(countryOf(m)) && STATELIKE.has(m.type),
    code: (c) => c,
    how: 'alias',
  },
  ...REGIONAL.map(
    ([region, members]): Contextual => ({
      re: new RegExp(`\\b[Tt]he (?:${region}) (?:state|nation|country|republic|monarchy|emirate)\\b`, 'g'),
      accepts: (m) => members.has(countryOf(m)) && STATELIKE.has(m.type),
      code: (c) => c,
      how: 'alias',
      overRegion: true,
    }),
  ),
  {
    // "the rebels", "the militants": the armed group named last; never "the group of states"
    re: /\b[Tt]he (?:rebels|militants|insurgents|militia|militias|group|movement|separatists|jihadists)\b(?! of)/g,
    accepts: (m) => m.type === 'armed-group',
    code: (_c, ante) => ante.code,
    how: 'alias',
  },
  {
    // "the administration": the government of the last leader or government named whose
    // government English calls an administration (Washington's, or one named "the X administration")
    re: /\b[Tt]he [Aa]dministration\b/g,
    // ("Washington … the Administration": the state itself named last is Washington's too)
    accepts: (m) =>
      ((m.type === 'leader' || m.type === 'government') &&
        countryOf(m).length === 3 &&
        (countryOf(m) === 'USA' || /administration/i.test(m.text))) ||
      (m.type === 'state' && countryOf(m) === 'USA'),
    code: (c) => `${c}GOV`,
    how: 'alias',
  },
];

/**
 * the start every pattern above needs: one scan rules out the sentences that hold none (nearly all),
 * where running each pattern cost more than the rest of this module
 */
const ANY_CONTEXTUAL =
  /\b[Tt]he (?:capital|[Ee]mirate|(?:Gulf |Sunni |desert )?[Kk]ingdom|island|Gulf|Baltic|(?:South )?Caucas|Nordic|Scandinavian|Central Asian|Balkan|rebels|militants|insurgents|militia|group|movement|separatists|jihadists|[Aa]dministration)/;

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
/**
 * `preferred`: the document's focal countries; "the kingdom" in a report on Saudi Arabia and Iran
 * is Saudi Arabia even when Bahrain was named since
 */
export function descriptionMentions(
  text: string,
  found: ActorMention[],
  before: NamedSoFar,
  preferred: readonly string[] = [],
  /** the country the writer or speaker speaks for, whose "our neighbour" is the other of the pair */
  voice: string | null = null,
): ActorMention[] {
  const out: ActorMention[] = [];
  // every department's pattern needs one of these words
  const department = text.includes('Treasury') || text.includes('Department');
  for (const [re, code, name] of department ? FIXED : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].startsWith('the ') ? 4 : 0);
      const end = m.index + m[0].length;
      if (!overlaps(found, start, end))
        out.push(mention(text, start, end, code, name, 'alias', 'government'));
    }
  }
  // "the North", "the South" stand for the Koreas once either has been named
  const korea =
    /[Tt]he (?:North|South)\b/.test(text) &&
    before.latest((m) => countryOf(m) === 'PRK' || countryOf(m) === 'KOR');
  if (korea) {
    const re = /\b[Tt]he (North|South)\b(?![- ][A-Z])(?! of\b)/g;
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
  // "Greece imposed an embargo on its northern neighbour": in a report on a pair, the neighbour of
  // the one named is the other
  if (preferred.length === 2 && text.includes('neighbo')) {
    NEIGHBOUR.lastIndex = 0;
    for (let m = NEIGHBOUR.exec(text); m; m = NEIGHBOUR.exec(text)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (overlaps(found, start, end)) continue;
      const named = new Set(found.filter((f) => f.end <= start).map(countryOf));
      const own = /^(?:our|my)\b/i.test(m[0])
        ? preferred.filter((c) => c === voice)
        : preferred.filter((c) => named.has(c));
      if (own.length !== 1) continue;
      const other = preferred.find((c) => c !== own[0]) as string;
      const ante = before.latest((x) => countryOf(x) === other && x.type === 'state');
      out.push(mention(text, start, end, other, ante?.name ?? other, 'alias', 'state'));
    }
  }
  for (const d of ANY_CONTEXTUAL.test(text) ? CONTEXTUAL : []) {
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m; m = d.re.exec(text)) {
      const start = m.index + 4;
      const end = m.index + m[0].length;
      if (overlaps(d.overRegion ? found.filter((f) => f.type !== 'region') : found, start, end)) continue;
      // "Russian troops withdrew from around the capital": not the capital of a country named just before in the sentence
      // (only the capital: "Iran reopened its embassy in Riyadh, and the kingdom sent …" is Riyadh's kingdom)
      const here = new Set(d.how === 'metonym' ? found.filter((f) => f.end <= m.index).map(countryOf) : []);
      // (with none named yet, the one state of the report's pair it fits: "a state visit to the
      // kingdom" in a report on Iran and Saudi Arabia)
      const fromPair = preferred
        .map((c) => stateMention(c))
        .filter((x) => d.accepts(x) && !here.has(x.country));
      const ante =
        before.latest((x) => d.accepts(x) && !here.has(countryOf(x)) && preferred.includes(countryOf(x))) ??
        before.latest((x) => d.accepts(x) && !here.has(countryOf(x))) ??
        (fromPair.length === 1 && d.how === 'alias' ? fromPair[0] : undefined);
      if (!ante) continue;
      const country = countryOf(ante);
      out.push(
        mention(
          text,
          start,
          end,
          d.code(country, ante),
          ante.name,
          d.how,
          d.how === 'metonym'
            ? 'state'
            : ante.type === 'state' || ante.type === 'armed-group'
              ? ante.type
              : 'government',
        ),
      );
    }
  }
  return out;
}

/** "its northern neighbour", "their small neighbour", "our neighbour": a possessive pronoun and one neighbour */
const NEIGHBOUR =
  /\b(?:its|their|our|my)\s+(?:(?:northern|southern|eastern|western|small|smaller|larger|bigger|tiny|powerful|new|young|landlocked)\s+)?neighbou?r\b(?!s)/g;
const PERSON_HEADS =
  'pilot|captain|national|citizen|journalist|reporter|diplomat|businessman|businesswoman|spy|officer|soldier|sailor|activist|dissident|fisherman|tourist|student|worker|employee|executive|academic|researcher|scholar|blogger|lawyer|consul|detainee|prisoner|hostage|engineer|aid worker|inspector|retiree|pensioner|guard|agent|analyst|teacher|priest|cleric|doctor|nurse|trader|farmer|driver|trucker|professor|writer|artist|athlete|tycoon|banker|entrepreneur|contractor|consultant|volunteer|missionary|civilian|resident|man|woman';
const THING_HEADS =
  'tanker|oil tanker|ship|vessel|trawler|fishing boat|boat|freighter|cargo ship|container ship|warship|destroyer|frigate|submarine|cutter|ferry|yacht|airliner|aircraft|plane|drone|satellite|firm|company|bank|newspaper|carrier|construction firm|conglomerate|shipping company';
/** officials: their names are learnt, but "the minister" alone is left to the discourse, since a report names several */
const OFFICIAL_HEADS =
  'minister|president|premier|chancellor|spokesman|spokeswoman|spokesperson|ambassador|envoy|secretary|adviser|advisor|negotiator|representative|commander|chief|governor|official|delegate';
const NAME_WORD = `(?:[${NAME_UPPER}][${NAME_LETTER}’'.-]*|\\d+)`;
const NAME = String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|bin|al|de|van|von|da))*)`;
/** "-flagged Stena Impero", " trawler Minjinyu 5179", " pilot, Wing Commander Ravi Kumar" */
const AFTER_DEMONYM = new RegExp(
  String.raw`^(?:-(?:flagged|registered|owned|operated)(?:\s+[a-z-]+){0,2}?\s+|(?:\s+[a-z-]+){0,2}?\s+(${PERSON_HEADS}|${OFFICIAL_HEADS}|${THING_HEADS}),?\s+)${NAME}`,
);
const SURNAME = new RegExp(`^[${NAME_UPPER}][${NAME_LOWER}]{3,}$`);
const PERSON_HEAD_RE = new RegExp(`^(?:${PERSON_HEADS})$`);
const OFFICIAL_HEAD_RE = new RegExp(`^(?:${OFFICIAL_HEADS})$`);
const THING_HEAD_RE = new RegExp(`^(?:${THING_HEADS})$`);
const AFTER_AGENT = new RegExp(String.raw`^()(?:,)?\s+${NAME}`);
/** "Ana Ruiz, the " or "Ana Ruiz, " right before an official's description */
const NAME_BEFORE_AGENT = new RegExp(`${NAME},\\s+(?:the\\s+|then\\s+|now\\s+)?$`);
const RANKS =
  /^(?:(?:Wing|Squadron|Flight|Lieutenant|Lt\.?|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Commander|Cdr\.?|General|Gen\.?|Admiral|Sergeant|Sgt\.?|Private|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)+/;
const NOT_NAMES =
  /^(?:The|A|An|In|On|At|By|For|And|But|It|He|She|They|This|That|January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface NamedThing {
  country: string;
  code: string;
  person: boolean;
  full: string;
}

/** " customs officer", " national": a person's head noun right after a demonym, with no name after it */
const PERSON_AFTER_DEMONYM = new RegExp(
  String.raw`^(?:\s+[a-z-]+){0,2}?\s+(${PERSON_HEADS}|${OFFICIAL_HEADS})\b(?!\s+[${NAME_UPPER}])`,
);
/** "an Israeli who …", "a Briton, …": a demonym standing alone for one person */
const DEMONYM_AS_PERSON = /^\s*(?:who\b|,|;|\.(?:\s|$))/;
/** "Kofi Mensah, a " or "Kofi Mensah, the former " right before a demonym */
const NAME_BEFORE_DESCRIPTION = new RegExp(
  `${NAME},\\s+(?:a|an|the)\\s+(?:(?:former|senior|retired|serving|young|veteran|dual|then)\\s+)*$`,
);

/**
 * the person's name right before a description ("Ana Ruiz, Chile's foreign minister" with
 * NAME_BEFORE_AGENT, "Kofi Mensah, a Ghanaian officer" with NAME_BEFORE_DESCRIPTION), if any
 */
function nameBefore(
  text: string,
  m: ActorMention,
  found: ActorMention[],
  lead: RegExp = NAME_BEFORE_AGENT,
  reach = 60,
): string | null {
  const before = lead.exec(text.slice(Math.max(0, m.start - reach), m.start));
  if (!before) return null;
  // "In May Ana Ruiz, …": the name is the last capitalised words, not a sentence opener
  const all = before[1].replace(RANKS, '').trim().split(/\s+/);
  while (all.length > 0 && (NOT_NAMES.test(all[0]) || /^\d/.test(all[0]))) all.shift();
  const words = all.slice(-3);
  const name = words.join(' ');
  const at = m.start - before[0].length + before[1].length - name.length;
  return words.length > 1 && !NOT_NAMES.test(words[0]) && !overlaps(found, at, at + name.length)
    ? name
    : null;
}

/** a later mention of a thing named once beside its country, standing for that country */
function namedMention(k: NamedThing, start: number, end: number, text: string): ActorMention {
  const id = `named-with-country:${k.full.toLowerCase().replace(/\s+/g, '-')}`;
  return {
    start,
    end,
    text,
    code: k.code,
    country: k.country,
    name: k.full,
    entryId: id,
    type: k.person ? 'person' : 'state',
    how: 'alias',
    entryIds: [id],
  };
}

/**
 * Ships, firms and people a report names once beside their country ("the British-flagged Stena
 * Impero", "the Chinese trawler Minjinyu 5179", "the Indian pilot, Wing Commander Ravi Kumar"):
 * later bare mentions of the name ("Iran freed the Stena Impero") stand for that country.
 */
export class NamedWithCountry {
  private readonly known = new Map<string, NamedThing>();
  /** "the pilot", "the tanker": the head noun a name was introduced with, for later bare mentions */
  private readonly heads = new Map<string, NamedThing>();
  /** the patterns of the heads and names learnt, built once: every later sentence is searched for them */
  private readonly headPatterns = new Map<string, RegExp>();
  private readonly namePatterns = new Map<string, RegExp>();

  reset(): void {
    this.known.clear();
    this.heads.clear();
    this.headPatterns.clear();
    this.namePatterns.clear();
  }

  private static pattern(built: Map<string, RegExp>, key: string, source: () => string): RegExp {
    let re = built.get(key);
    if (!re) {
      re = new RegExp(source(), 'g');
      built.set(key, re);
    }
    re.lastIndex = 0;
    return re;
  }

  learn(text: string, found: ActorMention[]): void {
    for (const m of found) {
      if (countryOf(m).length !== 3) continue;
      let hit: RegExpExecArray | null = null;
      let person = false;
      let head = '';
      if (m.how === 'demonym' && m.type === 'state') {
        hit = AFTER_DEMONYM.exec(text.slice(m.end));
        head = hit?.[1] ?? '';
        person = PERSON_HEAD_RE.test(head) || OFFICIAL_HEAD_RE.test(head);
        // "Kofi Mensah, a Ghanaian customs officer, …": the name stands before its description;
        // "Konstantin Kotov, an Israeli who …": the demonym alone is the person
        const rest = text.slice(m.end);
        const describedHead = hit
          ? null
          : (PERSON_AFTER_DEMONYM.exec(rest)?.[1] ?? (!m.plural && DEMONYM_AS_PERSON.test(rest) ? '' : null));
        if (describedHead !== null) {
          const name = nameBefore(text, m, found, NAME_BEFORE_DESCRIPTION, 70);
          const official = OFFICIAL_HEAD_RE.test(describedHead);
          if (name)
            this.remember(name, {
              country: countryOf(m),
              person: true,
              full: name,
              code: official ? `${countryOf(m)}GOV` : countryOf(m),
            });
          continue;
        }
      } else if (m.how === 'agent' && /^(?:[Tt]he\s+)?[A-Z]/.test(m.text)) {
        // "the Canadian businessman Michael Spavor": the dictionary took the head noun with the adjective
        head = /(\w+)$/.exec(m.text)?.[1].toLowerCase() ?? '';
        if (!PERSON_HEAD_RE.test(head) && !OFFICIAL_HEAD_RE.test(head) && !THING_HEAD_RE.test(head)) continue;
        hit = AFTER_AGENT.exec(text.slice(m.end));
        person = !THING_HEAD_RE.test(head);
      }
      // "Ana Ruiz, Chile's foreign minister, said …": the name stands before its description
      if (!hit && m.how === 'agent' && OFFICIAL_HEAD_RE.test(head)) {
        const name = nameBefore(text, m, found);
        if (name) this.remember(name, { country: countryOf(m), person: true, full: name, code: m.code });
        continue;
      }
      if (!hit) continue;
      const name = hit[2].replace(RANKS, '').replace(/[.,]$/, '').trim();
      const words = name.split(/\s+/);
      if (!name || NOT_NAMES.test(words[0]) || name.length < 3) continue;
      const at = m.end + hit[0].length - hit[2].length;
      if (overlaps(found, at, at + hit[2].length)) continue;
      const official = OFFICIAL_HEAD_RE.test(head);
      const entry = {
        country: countryOf(m),
        person,
        full: name,
        // "the Chilean foreign minister, Ana Ruiz": later "Ruiz" is the government, as the title was
        code: official ? (m.how === 'agent' ? m.code : `${countryOf(m)}GOV`) : countryOf(m),
      };
      this.remember(name, entry);
      if (head && !official) this.heads.set(head, entry);
    }
  }

  private remember(name: string, entry: NamedThing): void {
    this.known.set(name, entry);
    // "Kumar was released": a person is named again by the surname alone
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    if (entry.person && words.length > 1 && SURNAME.test(last)) this.known.set(last, entry);
  }

  mentions(text: string, found: ActorMention[]): ActorMention[] {
    const out: ActorMention[] = [];
    // "the pilot would be released": the one pilot the report introduced with a name and a country
    for (const [head, k] of this.heads) {
      const re = NamedWithCountry.pattern(
        this.headPatterns,
        head,
        () => `\\bthe (${head})\\b(?!\\s*,?\\s+[A-Z])`,
      );
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index + 4;
        const end = start + head.length;
        if (overlaps(found, m.index, end)) continue;
        out.push(namedMention(k, start, end, text.slice(start, end)));
      }
    }
    for (const [name, k] of this.known) {
      const re = NamedWithCountry.pattern(
        this.namePatterns,
        name,
        () => `(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`,
      );
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + name.length;
        if (overlaps(found, start, end) || overlaps(out, start, end)) continue;
        out.push(namedMention(k, start, end, name));
      }
    }
    return out;
  }
}
