/**
 * Finds actor mentions in a sentence and resolves each to the code valid at a date.
 *
 * One left-to-right pass over tokens takes the longest dictionary phrase at each position
 * (titles before a person's name are folded into that person's mention); a second pass composes
 * country + role noun ("Russian troops" → RUSMIL, "the government of Iran" → IRNGOV, "a member of
 * the Iranian parliament" → IRNLEG).
 * @module
 */

import { monthIndex } from '../ingest/iso-date.js';
import { combiningForms } from './combining-forms.js';
import { type DayRange, parseDateOrInterval, todayRange } from './day-range.js';
import type { Dictionary } from './dictionary.js';
import { type ActorEntry, type AgentEntry, type PhraseTarget, type Role, rootOfCode } from './entry.js';
import type { ActorMention, ActorResolver, ActorType, MatchHow, ResolveOptions } from './mention.js';
import { titleCase } from './petrarch-format.js';
import type { TrieMatch } from './phrase-trie.js';
import { type Token, tokenize } from './tokenize.js';

/** what an entry resolves to at a date */
export interface ResolvedRole {
  code: string;
  country: string;
  title?: string;
  /** no role held at the date: the code is the entry's country */
  fallback: boolean;
}

export interface DiscardHit {
  start: number;
  end: number;
  text: string;
  /** true: PETRARCH voids the whole story, false: only the sentence */
  story: boolean;
}

export interface EntryInfo {
  id: string;
  name: string;
  type: ActorType;
  code: string | null;
  country: string;
  roles: { code: string; from?: string; to?: string; title?: string }[];
  phrases: string[];
  source: string;
}

/** the resolver with the look-ups the coder and the CLI use besides findMentions */
export interface EntenteActorResolver extends ActorResolver {
  /** an entry (actor) by id, with its roles as ISO dates (`to` exclusive) */
  entry(id: string): EntryInfo | undefined;
  /** the code an entry holds at a date */
  roleAt(id: string, date?: string): ResolvedRole | undefined;
  /** PETRARCH discard phrases found in the text (only when discard files were loaded) */
  discards(text: string): DiscardHit[];
  readonly stats: { entries: number; agents: number; phrases: number; discards: number };
}

/** title words that name an office, as against honorifics ("Mr", "Dr", "Sheikh") */
const OFFICE_WORD =
  /^(?:ambassador|envoy|minister|president|premier|chancellor|secretary|king|queen|emir|general|admiral|commander|governor|senator|spokesman|spokeswoman|chairman|mayor)$/;

/** how long out of every office a person must be before an unfitting title stops naming them */
const LONG_GONE_DAYS = 5 * 365;

/** what stood before a surname: the title's words and the country named with it */
interface TitleHint {
  words: string[];
  country?: string;
}

interface EntityPick {
  target: PhraseTarget;
  entry: ActorEntry;
  alternatives?: string[];
}

/** the envoys a state sends to a body: "UN ambassador", "EU envoy", "NATO representative" */
const ENVOY_TO_BODY =
  /^(?:ambassador|envoy|representative|permanent representative|delegate|delegation|mission)s?$/i;

/** a title that names several people: "Presidents", "Foreign Ministers" ("Ms" and "Mrs" are singular) */
const PLURAL_TITLE = /^(?!m?r?s$)[a-z]{4,}s$/;

interface Item {
  start: number;
  end: number;
  entity?: EntityPick;
  agent?: PhraseTarget;
  head?: boolean;
  /** a titled person: where the title started and which title / country words it used */
  titled?: { titleAgents: number[]; countryEntry?: number };
  /** "Presidents Ali and Maduro": the second person a plural title covers */
  also?: Item;
}

interface Built {
  startTok: number;
  endTok: number;
  mention: ActorMention;
  /** a bare adjective ("Russian") that a following "and Iranian officials" may extend */
  demonymOnly: boolean;
  /** set on "Iranian officials": the role noun a demonym list before it shares */
  sharedAgent?: AgentEntry;
}

const titlePrefixes = new Set(['then', 'former', 'late', 'ex', 'acting', 'outgoing', 'incoming']);
const indefinite = new Set([
  'a',
  'an',
  'one',
  'some',
  'any',
  'several',
  'many',
  'few',
  'two',
  'three',
  'another',
]);
const listJoiners = new Set(['and', 'or', ',', '&']);
const stopWords = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'and',
  'or',
  'but',
  'by',
  'from',
  'at',
  'as',
  'that',
  'which',
  'who',
  'whom',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'not',
  'no',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
  'than',
  'then',
  'also',
  'it',
  'they',
  'he',
  'she',
  'we',
  'did',
  'do',
  'does',
  'said',
  'says',
  'into',
  'over',
  'under',
  'against',
  'about',
  'after',
  'before',
  'between',
  'during',
  'while',
  'if',
  'so',
  'such',
  'own',
]);
// "On 1 November Petro flew …", "on Monday Lavrov said": a date's word is no first name
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** a verb in the past right after a sentence's first word makes that word its subject */
const PAST_AFTER_NAME =
  /^(?:[a-z]{2,}ed|came|went|flew|said|told|met|sent|gave|took|wrote|made|left|held|spoke|saw|brought|won|lost|had|was|did|rose|stood|sought|kept|chose|drove|threw|struck|fought)$/;
const isCalendarWord = (key: string) => WEEKDAYS.has(key) || monthIndex(key) > 0;
const sentenceOpeners = new Set([
  'yesterday',
  'today',
  'later',
  'meanwhile',
  'however',
  'still',
  'yet',
  'when',
  'while',
  'since',
  'although',
  'though',
  'because',
  'now',
  'then',
  'instead',
  'indeed',
  'moreover',
  'nonetheless',
  'nevertheless',
  'thus',
  'here',
  'there',
  'why',
  'how',
  'what',
  'where',
  'both',
  'neither',
  'either',
  'even',
  'only',
  'also',
  'last',
  'next',
  'first',
  'finally',
  'eventually',
  'once',
  'until',
  'unlike',
  'like',
  'with',
  'without',
  'within',
]);
const modifierWords = new Set([
  'largest',
  'biggest',
  'main',
  'top',
  'senior',
  'leading',
  'former',
  'new',
  'national',
  'state',
  'official',
  'powerful',
  'elite',
  'regular',
  'special',
  'foreign',
  'defense',
  'defence',
  'security',
  'interior',
  'oil',
  'gas',
  'energy',
  'nuclear',
  'hardline',
  'moderate',
  'conservative',
  'reformist',
  'current',
  'ruling',
  'local',
  'central',
  'federal',
  'naval',
  'revolutionary',
  'young',
  'senior',
  'junior',
  'high-ranking',
  'ranking',
  'mobile',
  'private',
  'big',
  'major',
  'leading',
  'top-level',
  'highest',
  'government',
  'governmental',
  'elected',
  'unelected',
  'influential',
  'prominent',
  'outgoing',
  'incoming',
  'acting',
  'deputy',
  'chief',
  'opposition',
  'rebel',
]);
const adjectiveSuffix = /(?:est|al|ic|ary|ive|ous|ist|ern)$/;
const maxGap = 2;

const howRank: Record<MatchHow, number> = {
  speaker: 0,
  name: 0,
  alias: 1,
  petrarch: 1,
  title: 1,
  metonym: 2,
  demonym: 3,
  agent: 4,
  surname: 5,
};

function isStateLike(entry: ActorEntry): boolean {
  return entry.type === 'state' || entry.type === 'region' || entry.type === 'igo';
}

function isPerson(entry: ActorEntry): boolean {
  return entry.type === 'leader' || entry.type === 'person';
}

export function formatRoles(entry: ActorEntry, format: (day: number) => string): EntryInfo['roles'] {
  return entry.roles.map((r) => ({
    code: r.code,
    ...(r.from !== undefined ? { from: format(r.from) } : {}),
    ...(r.to !== undefined ? { to: format(r.to) } : {}),
    ...(r.title ? { title: r.title } : {}),
  }));
}

/** a day range worked out on first use */
class LazyRange implements DayRange {
  private range: DayRange | null = null;
  constructor(private readonly load: () => DayRange) {}
  get first(): number {
    this.range ??= this.load();
    return this.range.first;
  }
  get last(): number {
    this.range ??= this.load();
    return this.range.last;
  }
}

/** a capitalised word, as a first name or a following name would be: "In 2019 Georgia" has none */
function startsWithLetterCap(t: Token): boolean {
  return t.cap && !/^[0-9]/.test(t.bare);
}

export class Resolver implements EntenteActorResolver {
  private readonly defaultRange: DayRange;

  constructor(
    readonly dict: Dictionary,
    options: { defaultDate?: string } = {},
  ) {
    const d = options.defaultDate ? parseDateOrInterval(options.defaultDate) : null;
    this.defaultRange = d ?? todayRange();
  }

  get stats() {
    return {
      entries: this.dict.entries.length,
      agents: this.dict.agents.length,
      phrases: this.dict.trie.size + this.dict.trie.pendingCount,
      discards: this.dict.discardCount,
    };
  }

  entry(id: string): EntryInfo | undefined {
    const e = this.dict.entry(id);
    if (!e) return undefined;
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    displayable(e);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      code: e.code,
      country: e.country,
      roles: formatRoles(e, iso),
      phrases: this.dict.phrasesById.get(e.id) ?? [],
      source: e.source,
    };
  }

  roleAt(id: string, date?: string): ResolvedRole | undefined {
    const e = this.dict.entry(id);
    return e ? resolveRole(e, this.rangeOf(date)) : undefined;
  }

  discards(text: string): DiscardHit[] {
    const tokens = tokenize(text);
    const hits: DiscardHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const m of this.dict.trie.matchesAt(tokens, i)) {
        const t = m.targets.find((x) => x.kind === 'discard');
        if (!t) continue;
        const start = tokens[i].start;
        const end = tokens[m.end - 1].end;
        hits.push({ start, end, text: text.slice(start, end), story: t.story ?? false });
        break;
      }
    }
    return hits;
  }

  // sentences of one document mostly share a date: parse each distinct one once
  private lastDate: string | undefined;
  private lastRange: DayRange | undefined;

  private rangeOf(date: string | undefined): DayRange {
    if (!date) return this.defaultRange;
    if (date === this.lastDate && this.lastRange) return this.lastRange;
    const range = parseDateOrInterval(date) ?? this.defaultRange;
    this.lastDate = date;
    this.lastRange = range;
    return range;
  }

  findMentions(text: string, options: ResolveOptions = {}): ActorMention[] {
    // most sentences name no one whose role changes over time, so the date (which a caller may
    // work out only when asked, behind a getter) is read when the first role is resolved
    const range = new LazyRange(() => this.rangeOf(options.date));
    const tokens = tokenize(text);
    // read by pickEntity, deep in the scan; the resolver is synchronous, so one call at a time
    this.bareSurnameCountries = options.bareSurnameCountries;
    this.text = text;
    try {
      const items = this.scan(tokens, range);
      return this.withCombiningForms(text, this.compose(text, tokens, items, range));
    } finally {
      this.bareSurnameCountries = undefined;
      this.text = '';
    }
  }

  /** "Franco-German": the form stands for France, over whatever the dictionary made of "Franco" */
  private withCombiningForms(text: string, mentions: ActorMention[]): ActorMention[] {
    const forms = combiningForms(text);
    if (!forms.length) return mentions;
    const out = mentions.filter((m) => !forms.some((f) => m.start < f.end && f.start < m.end));
    for (const f of forms) {
      const state = this.dict.entry(f.country.toLowerCase());
      out.push({
        start: f.start,
        end: f.end,
        text: f.text,
        code: f.country,
        country: f.country,
        name: state?.name ?? f.country,
        entryId: state?.id ?? `combining-form:${f.country}`,
        type: 'state',
        how: 'demonym',
        entryIds: state ? [state.id] : [],
      });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private bareSurnameCountries: readonly string[] | undefined;
  private text = '';

  /**
   * "Begin's answer was warm", "a letter from Begin": a report on a pair names a leader of one of
   * them by a surname the dictionary lets stand only after a title, since it is a common word or
   * many people's. A reader takes it for the one holder of office at the date, of a country the
   * report is about, when nothing else in the sentence makes it a word: it is capitalised inside
   * the sentence (or opens it before a possessive or a past verb), alone between lower-case words,
   * no month, and no other name of the dictionary.
   */
  private bareSurname(tokens: Token[], start: number, m: TrieMatch, range: DayRange): PhraseTarget | null {
    const countries = this.bareSurnameCountries;
    // most matches hold no guarded surname: they are done with here, on the scan's hot path
    if (!countries?.length || m.end !== start + 1 || !m.targets.some((t) => t.titleOnly)) return null;
    const token = tokens[start];
    if (!startsWithLetterCap(token) || isCalendarWord(token.key)) return null;
    // a sentence's first word is capitalised whatever it is: "Begin came to Cairo" names, "Begin
    // the talks" commands; a possessive or a verb in the past after it tells the name
    let opens = true;
    for (let k = 0; k < start && opens; k++) if (tokens[k].kind === 'word') opens = false;
    if (
      opens &&
      !/^['’]s\b/.test(this.text.slice(token.end, token.end + 3)) &&
      !(tokens[start + 1]?.kind === 'word' && PAST_AFTER_NAME.test(tokens[start + 1].bare))
    )
      return null;
    if (this.touchesCapital(tokens, start, m.end)) return null;
    let found: PhraseTarget | null = null;
    for (const t of m.targets) {
      if (t.kind !== 'entry') continue;
      if (!t.titleOnly || t.how !== 'surname') return null;
      const e = this.dict.entries[t.index];
      if (!isPerson(e)) continue;
      const role = resolveRole(e, range);
      if (role.fallback || !countries.includes(role.country)) continue;
      // two holders of office of the pair share it: it names neither
      if (found) return null;
      found = t;
    }
    return found;
  }

  private scan(tokens: Token[], range: DayRange): Item[] {
    const items: Item[] = [];
    const trie = this.dict.trie;
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i].kind !== 'word') {
        i++;
        continue;
      }
      const matches = trie.matchesAt(tokens, i);
      const titled = this.matchTitled(tokens, i, matches, range);
      // a full name that starts with a title ("King Abdullah of Jordan", "King Hussein") beats title + surname
      if (
        titled &&
        !(matches[0] && matches[0].end >= titled.end && this.pickEntity(tokens, i, matches[0], range, false))
      ) {
        items.push(titled);
        i = titled.end;
        if (titled.also) {
          items.push(titled.also);
          i = titled.also.end;
        }
        continue;
      }
      // "the Islamic Republic of Iran": a longer name starting after "the" beats "the Islamic Republic"
      if (tokens[i].key === 'the' && matches.length > 0 && i + 1 < tokens.length) {
        const later = trie.matchesAt(tokens, i + 1);
        if (later.length > 0 && later[0].end > matches[0].end) {
          i++;
          continue;
        }
      }
      let advanced = false;
      for (const m of matches) {
        if (m.targets.some((t) => t.kind === 'block')) {
          i = m.end;
          advanced = true;
          break;
        }
        const item = this.itemOf(tokens, i, m, range, false);
        if (item) {
          items.push(item);
          i = m.end;
          advanced = true;
          break;
        }
      }
      if (!advanced) i++;
    }
    return items;
  }

  private itemOf(
    tokens: Token[],
    start: number,
    m: TrieMatch,
    range: DayRange,
    afterTitle: boolean,
  ): Item | null {
    const item: Item = { start, end: m.end };
    const entity = this.pickEntity(tokens, start, m, range, afterTitle);
    if (entity) item.entity = entity;
    for (const t of m.targets) {
      if (t.kind === 'agent' && !item.agent) item.agent = t;
      else if (t.kind === 'head') item.head = true;
    }
    return item.entity || item.agent || item.head ? item : null;
  }

  private pickEntity(
    tokens: Token[],
    start: number,
    m: TrieMatch,
    range: DayRange,
    afterTitle: boolean,
    hint?: TitleHint,
  ): EntityPick | null {
    let candidates: PhraseTarget[] = [];
    let bestRank = Number.POSITIVE_INFINITY;
    const bare = afterTitle ? null : this.bareSurname(tokens, start, m, range);
    for (const t of m.targets) {
      if (t.kind !== 'entry') continue;
      if (t.titleOnly && !afterTitle && t !== bare) continue;
      if (t.guarded && !afterTitle && this.touchesCapital(tokens, start, m.end)) continue;
      if (t.how === 'surname' && !afterTitle && this.otherFirstName(tokens, start, t.index)) continue;
      const rank = howRank[t.how];
      if (rank < bestRank) {
        bestRank = rank;
        candidates = [t];
      } else if (rank === bestRank) candidates.push(t);
    }
    if (candidates.length === 0) return null;
    // "Ambassador Daoud" in 2017 is no Afghan prime minister of the 1950s: after an office title, a
    // person out of office at the date must have held that office at some time
    const offices = hint?.words.filter((w) => OFFICE_WORD.test(w)) ?? [];
    if (offices.length) {
      candidates = candidates.filter((t) => {
        const e = this.dict.entries[t.index];
        if (!isPerson(e) || !resolveRole(e, range).fallback) return true;
        // a role ended lately still names the person ("Major General Soleimani" on his last day)
        const lastEnd = Math.max(...e.roles.map((r) => r.to ?? Number.POSITIVE_INFINITY));
        if (range.first - lastEnd < LONG_GONE_DAYS) return true;
        return e.roles.some((r) => {
          const title = r.title?.toLowerCase() ?? '';
          return offices.some((w) => title.includes(w));
        });
      });
      if (candidates.length === 0) return null;
    }
    if (candidates.length > 1) {
      // one name, several people ("Bush", "Rice", "Ivanov"): keep those in office at the date
      const inOffice = candidates.filter((t) => {
        const e = this.dict.entries[t.index];
        return !isPerson(e) || !resolveRole(e, range).fallback;
      });
      if (inOffice.length > 0) candidates = inOffice;
    }
    if (candidates.length > 1 && hint) candidates = this.narrowByTitle(candidates, range, hint);
    const pick: EntityPick = { target: candidates[0], entry: this.dict.entries[candidates[0].index] };
    if (candidates.length > 1)
      pick.alternatives = candidates.slice(1).map((t) => this.dict.entries[t.index].id);
    return pick;
  }

  /**
   * "President Kim" in 2000 is Kim Dae-jung, not Kim Jong Il; "King Hussein" in 1990 is not Saddam:
   * among people sharing a surname, keep those whose role at the date bears the title word, or
   * belongs to the country named before the title
   */
  private narrowByTitle(candidates: PhraseTarget[], range: DayRange, hint: TitleHint): PhraseTarget[] {
    let kept = candidates;
    if (hint.country) {
      const root = hint.country;
      const same = kept.filter((t) => {
        const e = this.dict.entries[t.index];
        const role = resolveRole(e, range);
        return (role.fallback ? e.country : role.country) === root;
      });
      if (same.length > 0) kept = same;
    }
    if (hint.words.length > 0 && kept.length > 1) {
      const titled = kept.filter((t) => {
        const title = resolveRole(this.dict.entries[t.index], range).title?.toLowerCase();
        return !!title && hint.words.some((w) => new RegExp(`\\b${w}\\b`).test(title));
      });
      if (titled.length > 0) kept = titled;
    }
    return kept;
  }

  /** "Jordan" in "Michael Jordan" or "Jordan Peterson" is not the country */
  /**
   * "René Castro, the foreign minister": a first name before a surname that is not the entry's
   * names someone else who shares the surname ("Bashar Assad" still names Bashar al-Assad, and a
   * first name spelt another way keeps its first letters)
   */
  private otherFirstName(tokens: Token[], start: number, index: number): boolean {
    const prev = tokens[start - 1];
    if (
      prev?.kind !== 'word' ||
      !startsWithLetterCap(prev) ||
      stopWords.has(prev.key) ||
      sentenceOpeners.has(prev.key) ||
      isCalendarWord(prev.key) ||
      prev.end !== tokens[start].start - 1 ||
      // "FM Baerbock", "PM Modi": an abbreviated title
      prev.bare === prev.bare.toUpperCase()
    )
      return false;
    // a title, or a name of its own ("In Moscow Putin met …")
    if (this.dict.trie.rootChild(prev.key)?.targets?.length) return false;
    // "Aleksey Navalny", "Dmitriy Medvedev": the same first name spelt another way
    const stem = prev.key.slice(0, 3);
    return !tokenize(this.dict.entries[index].name).some((t) => t.key.slice(0, 3) === stem);
  }

  private touchesCapital(tokens: Token[], start: number, end: number): boolean {
    const prev = tokens[start - 1];
    // a capitalised word before is a first name ("Michael Jordan") unless it is a function word or title
    if (
      prev &&
      prev.kind === 'word' &&
      startsWithLetterCap(prev) &&
      !stopWords.has(prev.key) &&
      !sentenceOpeners.has(prev.key) &&
      !isCalendarWord(prev.key)
    ) {
      const asTitle = this.dict.trie
        .rootChild(prev.key)
        ?.targets?.some((t) => t.kind === 'agent' || t.kind === 'head');
      if (!asTitle) return true;
    }
    const next = tokens[end];
    return !!(next && next.kind === 'word' && startsWithLetterCap(next));
  }

  /** [then-|former] [Iranian|Iran's] Title+ Person → one mention of the person */
  private matchTitled(tokens: Token[], i: number, matchesAtI: TrieMatch[], range: DayRange): Item | null {
    let j = i;
    let countryEntry: number | undefined;
    let matches = matchesAtI;
    if (titlePrefixes.has(tokens[j].key)) {
      j++;
      if (tokens[j]?.kind === 'hyphen') j++;
      if (j >= tokens.length) return null;
      matches = this.dict.trie.matchesAt(tokens, j);
    }
    // a leading country or demonym: "Iranian President ...", "Russia's Foreign Minister ..."
    for (const m of matches) {
      const pick = this.pickEntity(tokens, j, m, range, false);
      if (pick && isStateLike(pick.entry) && pick.target.how !== 'surname') {
        if (this.titleTarget(m.targets)) break;
        countryEntry = pick.target.index;
        j = m.end;
        if (tokens[j]?.kind === 'poss') j++;
        matches = j < tokens.length ? this.dict.trie.matchesAt(tokens, j) : [];
        break;
      }
    }
    // no phrase here means no title: most words end the look-up before anything is allocated
    if (matches.length === 0) return null;
    const titleAgents: number[] = [];
    const titleWords: string[] = [];
    for (let guard = 0; guard < 4; guard++) {
      let title: TrieMatch | undefined;
      let target: PhraseTarget | undefined;
      for (const m of matches) {
        target = this.titleTarget(m.targets);
        if (target) {
          title = m;
          break;
        }
      }
      if (!title || !target) break;
      titleAgents.push(target.index);
      for (let k = j; k < title.end; k++) if (tokens[k].kind === 'word') titleWords.push(tokens[k].key);
      j = title.end;
      if (tokens[j]?.key === '.') j++;
      if (j >= tokens.length) return null;
      matches = this.dict.trie.matchesAt(tokens, j);
    }
    if (titleAgents.length === 0) return null;
    const hint: TitleHint = {
      words: titleWords
        .filter((w) => /^[a-z]+$/.test(w))
        .map((w) => (PLURAL_TITLE.test(w) ? w.slice(0, -1) : w)),
    };
    if (countryEntry !== undefined) {
      const c = this.dict.entries[countryEntry];
      hint.country = c.country;
    }
    for (const m of matches) {
      const pick = this.pickEntity(tokens, j, m, range, true, hint);
      if (pick && isPerson(pick.entry)) {
        const item: Item = { start: i, end: m.end, entity: pick, titled: { titleAgents, countryEntry } };
        if (
          PLURAL_TITLE.test(titleWords.at(-1) ?? '') &&
          tokens[m.end]?.key === 'and' &&
          m.end + 1 < tokens.length
        )
          for (const m2 of this.dict.trie.matchesAt(tokens, m.end + 1)) {
            const second = this.pickEntity(tokens, m.end + 1, m2, range, true, hint);
            if (!second || !isPerson(second.entry)) continue;
            item.also = {
              start: m.end + 1,
              end: m2.end,
              entity: second,
              titled: { titleAgents, countryEntry },
            };
            break;
          }
        return item;
      }
    }
    return null;
  }

  /** the first target that is a title ("President", "Foreign Minister"), if any */
  private titleTarget(targets: PhraseTarget[]): PhraseTarget | undefined {
    for (const t of targets) if (t.kind === 'agent' && this.dict.agents[t.index].title) return t;
    return undefined;
  }

  private compose(text: string, tokens: Token[], items: Item[], range: DayRange): ActorMention[] {
    const built: Built[] = [];
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      if (it.titled && it.entity) {
        built.push(this.personMention(text, tokens, it, range));
        continue;
      }
      if (it.entity) {
        const entry = it.entity.entry;
        const next = items[k + 1];
        // "Djibouti's UN ambassador", "the Kenyan UN envoy": a state's envoy to the body, not the body's
        const prev = items[k - 1];
        if (
          entry.type === 'igo' &&
          next?.agent &&
          next.start === it.end &&
          prev?.entity &&
          prev.entity.entry.type === 'state' &&
          (prev.end === it.start || (tokens[prev.end]?.kind === 'poss' && prev.end + 1 === it.start)) &&
          ENVOY_TO_BODY.test(text.slice(tokens[next.start].start, tokens[next.end - 1].end))
        ) {
          built.pop();
          built.push(
            this.composite(text, tokens, items, k - 1, prev.start, next.end, prev.entity, next.agent, range),
          );
          k++;
          continue;
        }
        // an IGO name followed by a body that is itself an entry ("UN Security Council") stays whole
        const igoBeforeEntry = entry.type === 'igo' && next?.entity !== undefined;
        if (
          next?.agent &&
          !igoBeforeEntry &&
          // "the French" are the French people, but "the French government" is the government
          (!it.entity.target.plural ||
            (it.entity.target.how === 'demonym' && tokens[it.start].key === 'the')) &&
          (isStateLike(entry) || isPerson(entry))
        ) {
          const j = this.agentStart(tokens, it.end, isPerson(entry));
          const agent = this.dict.agents[next.agent.index];
          const personOk = !isPerson(entry) || (j === it.end && agent.sector.startsWith('GOV'));
          if (next.start === j && personOk) {
            built.push(
              this.composite(text, tokens, items, k, it.start, next.end, it.entity, next.agent, range),
            );
            k++;
            continue;
          }
        }
        const b = this.entityMention(text, tokens, it.start, it.end, it.entity, range);
        if (!isPerson(entry)) this.extendToHead(text, tokens, items, k, b);
        built.push(b);
        continue;
      }
      if (it.agent) {
        // "the government of Iran", "the army of Syria"
        let j = it.end;
        if (tokens[j]?.key === 'of') {
          j++;
          if (tokens[j]?.key === 'the') j++;
          const next = items[k + 1];
          if (
            next?.entity &&
            next.start === j &&
            isStateLike(next.entity.entry) &&
            !next.entity.target.plural &&
            // "deputy chairman of Russia's Security Council": the state owns the body after it
            !/^['’]s\s/.test(text.slice(tokens[next.end - 1].end, tokens[next.end - 1].end + 3))
          ) {
            built.push(
              this.composite(text, tokens, items, k, it.start, next.end, next.entity, it.agent, range),
            );
            k++;
          }
        }
      }
    }
    this.distributeLists(tokens, built);
    // by pushing into a list literal, whose lists V8 keeps of one element kind once it has held
    // mentions; map's were of two (empty or not), and callers' compiled code met the second late
    const mentions: ActorMention[] = [];
    for (const b of built) mentions.push(b.mention);
    return mentions;
  }

  /** the token where a role noun may start after a country: past "'s" and up to two modifiers */
  private agentStart(tokens: Token[], end: number, strict: boolean): number {
    let j = end;
    const possessive = tokens[j]?.kind === 'poss';
    if (possessive) j++;
    if (strict) return j;
    let gap = 0;
    while (gap < maxGap && j < tokens.length) {
      const t = tokens[j];
      if (t.kind !== 'word' || t.cap || stopWords.has(t.key)) break;
      const isModifier =
        possessive || modifierWords.has(t.key) || (adjectiveSuffix.test(t.key) && t.key.length > 4);
      if (!isModifier) break;
      // the modifier itself may be where the role noun starts ("security council")
      if (this.dict.trie.rootChild(t.key)?.targets?.some((x) => x.kind === 'agent')) break;
      if (this.dict.trie.rootChild(t.key)?.hasChildren()) {
        const ms = this.dict.trie.matchesAt(tokens, j);
        if (ms.some((m) => m.targets.some((x) => x.kind === 'agent'))) break;
      }
      j++;
      if (tokens[j]?.kind === 'hyphen' && tokens[j + 1]?.kind === 'word') j += 2;
      gap++;
    }
    return j;
  }

  private entityMention(
    text: string,
    tokens: Token[],
    s: number,
    e: number,
    pick: EntityPick,
    range: DayRange,
  ): Built {
    const entry = displayable(pick.entry);
    const role = resolveRole(entry, range);
    const start = tokens[s].start;
    const end = tokens[e - 1].end;
    const mention: ActorMention = {
      start,
      end,
      text: text.slice(start, end),
      code: role.code,
      country: role.country,
      name: entry.name,
      entryId: entry.id,
      type: entry.type,
      how: pick.target.how,
      entryIds: [entry.id],
    };
    if (role.title) mention.role = role.title;
    if (role.fallback) mention.fallback = 'country';
    if (pick.alternatives) mention.alternatives = pick.alternatives;
    if (pick.target.plural) {
      mention.plural = true;
      if (tokens[s - 1]?.key !== 'the') mention.generic = true;
    }
    this.addContextHints(tokens, s, e, mention);
    return {
      startTok: s,
      endTok: e,
      mention,
      demonymOnly: pick.target.how === 'demonym' && !pick.target.plural,
    };
  }

  private personMention(text: string, tokens: Token[], it: Item, range: DayRange): Built {
    const b = this.entityMention(text, tokens, it.start, it.end, it.entity as EntityPick, range);
    b.mention.how = 'title';
    const ids = b.mention.entryIds;
    for (const a of it.titled?.titleAgents ?? []) ids.push(this.dict.agents[a].id);
    if (it.titled?.countryEntry !== undefined) ids.push(this.dict.entries[it.titled.countryEntry].id);
    b.demonymOnly = false;
    return b;
  }

  private composite(
    text: string,
    tokens: Token[],
    items: Item[],
    k: number,
    s: number,
    e: number,
    pick: EntityPick,
    agentTarget: PhraseTarget,
    range: DayRange,
  ): Built {
    const agent = this.dict.agents[agentTarget.index];
    const entry = displayable(pick.entry);
    const role = resolveRole(entry, range);
    const code = composeCode(role.code, entry, agent);
    const startTok = this.headStart(tokens, items, k, s);
    const start = tokens[startTok].start;
    const end = tokens[e - 1].end;
    const agentItem = items[k + 1]?.agent === agentTarget ? items[k + 1] : items[k];
    const agentName = text.slice(tokens[agentItem.start].start, tokens[agentItem.end - 1].end).toLowerCase();
    const mention: ActorMention = {
      start,
      end,
      text: text.slice(start, end),
      code,
      country: role.country,
      name: `${entry.name} (${agentName})`,
      entryId: entry.id,
      type: agent.type,
      how: 'agent',
      entryIds: [entry.id, agent.id],
    };
    if (agentTarget.plural) mention.plural = true;
    const before = tokens[startTok - 1]?.key;
    if (before && indefinite.has(before)) mention.generic = true;
    this.addContextHints(tokens, startTok, e, mention);
    const built: Built = { startTok, endTok: e, mention, demonymOnly: false };
    if (pick.target.how === 'demonym' && startTok === s) built.sharedAgent = agent;
    return built;
  }

  /** "the head of the Russian Security Council", "a member of the Iranian parliament": where the head word starts */
  private headStart(tokens: Token[], items: Item[], k: number, s: number): number {
    let j = s - 1;
    if (j >= 0 && (tokens[j].key === 'the' || tokens[j].key === 'a' || tokens[j].key === 'an')) j--;
    if (j >= 1 && tokens[j].key === 'of') {
      const prev = items[k - 1];
      if (prev?.head && !prev.entity && prev.end === j) return prev.start;
    }
    return s;
  }

  private extendToHead(text: string, tokens: Token[], items: Item[], k: number, b: Built): void {
    const startTok = this.headStart(tokens, items, k, b.startTok);
    if (startTok === b.startTok) return;
    b.startTok = startTok;
    b.mention.start = tokens[startTok].start;
    b.mention.text = text.slice(b.mention.start, b.mention.end);
  }

  /** "Russian and Iranian officials": the role noun applies to every demonym of the list */
  private distributeLists(tokens: Token[], built: Built[]): void {
    for (let b = built.length - 1; b > 0; b--) {
      const head = built[b];
      const agent = head.sharedAgent;
      if (!agent) continue;
      let nextStart = head.startTok;
      for (let p = b - 1; p >= 0; p--) {
        const cand = built[p];
        if (!cand.demonymOnly) break;
        let ok = cand.endTok < nextStart;
        for (let t = cand.endTok; ok && t < nextStart; t++) ok = listJoiners.has(tokens[t].key);
        if (!ok) break;
        const entry = this.dict.entry(cand.mention.entryId) as ActorEntry;
        cand.mention.code = composeCode(cand.mention.code, entry, agent);
        cand.mention.how = 'agent';
        cand.mention.type = agent.type;
        cand.mention.entryIds.push(agent.id);
        if (head.mention.plural) cand.mention.plural = true;
        cand.demonymOnly = false;
        nextStart = cand.startTok;
      }
    }
  }

  private addContextHints(tokens: Token[], s: number, e: number, mention: ActorMention): void {
    const after = tokens[e];
    if (after?.kind === 'poss') mention.possessive = true;
    else if (
      after?.kind === 'hyphen' &&
      tokens[e + 1]?.kind === 'word' &&
      !tokens[e + 1].cap &&
      after.start === tokens[e - 1].end
    ) {
      mention.compound = tokens[e + 1].key;
    }
    if (tokens[s - 1]?.kind === 'hyphen' && tokens[s - 2]?.kind === 'word') {
      const p = tokens[s - 2].key;
      if (p === 'pro' || p === 'anti' || p === 'non') mention.prefix = p;
    }
  }
}

function displayable(entry: ActorEntry): ActorEntry {
  if (entry.upperName) {
    entry.name = titleCase(entry.name);
    entry.upperName = false;
  }
  return entry;
}

/** country code + sector; IGOs, regions-as-IGOs and armed groups keep their own code */
function composeCode(baseCode: string, entry: ActorEntry, agent: AgentEntry): string {
  const head = baseCode.slice(0, 3);
  if (head === 'IGO' || head === 'NGO' || head === 'IMG' || head === 'MNC') return baseCode;
  const country =
    entry.type === 'state' || entry.type === 'region' ? baseCode.slice(0, 3) : rootOfCode(baseCode);
  return agent.prefix ? agent.sector + country : country + agent.sector;
}

/** PETRARCH's rule: roles in order, first holding at the date wins; a period is taken at its middle */
export function resolveRole(entry: ActorEntry, range: DayRange): ResolvedRole {
  // a state has no dated roles: reading the range would make a lazy caller work out the date
  const hit = entry.roles.length > 0 ? roleAt(entry.roles, range) : undefined;
  if (hit) {
    const out: ResolvedRole = {
      code: hit.code,
      country: hit.country ?? rootOfCode(hit.code),
      fallback: false,
    };
    if (hit.title) out.title = hit.title;
    return out;
  }
  if (entry.code) return { code: entry.code, country: entry.country, fallback: false };
  return { code: entry.country, country: entry.country, fallback: true };
}

/** the role held at the range's midpoint, else the first overlapping the range */
function roleAt(roles: readonly Role[], range: DayRange): Role | undefined {
  const point = Math.floor((range.first + range.last) / 2);
  let hit: Role | undefined;
  for (const r of roles) {
    if ((r.from === undefined || r.from <= point) && (r.to === undefined || point < r.to)) {
      hit = r;
      break;
    }
  }
  if (!hit && range.first !== range.last) {
    for (const r of roles) {
      if ((r.from === undefined || r.from <= range.last) && (r.to === undefined || range.first < r.to)) {
        hit = r;
        break;
      }
    }
  }
  return hit;
}
