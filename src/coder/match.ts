/**
 * Finds event patterns in a tagged sentence. Elements match in order; between them the matcher
 * skips words that cannot change the event (determiners, adjectives, adverbs, compound nouns,
 * and short time phrases such as "in 2007"), but never a clause boundary.
 * @module
 */
import {
  clauseAt,
  clauses,
  isPassiveAt,
  isPastParticiple,
  isPossessiveMarker,
  type Token,
} from '../nlp/index.js';
import type { PlacedMention } from './mentions.js';
import type { Pattern, PatternElement, PosClass } from './patterns.js';

export interface PatternMatch {
  pattern: Pattern;
  trigger: number;
  /** token range covered by the whole match */
  first: number;
  last: number;
  slotS: number | null;
  slotT: number | null;
  passive: boolean;
  /** a passive told without its auxiliary, as a headline or a note tells it */
  headline?: boolean;
}

const MODIFIER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'PROPN', 'SYM']);
const SLOT_GAP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM']);
const TIME_PREPS = new Set(['in', 'on', 'at', 'since', 'during', 'by', 'from', 'until']);
const MONTHS =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|early|late|mid)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_PARTS = /^(morning|afternoon|evening|night)$/;
const RELATIVE_TIME = /^(last|this|next|earlier|later)$/;
const PERIODS = /^(week|weekend|month|year|spring|summer|autumn|fall|winter|morning|evening|night)$/;
/** verbs that name the object a free relative points at ("what it called", "what Delhi described as") */
const NAMING_VERBS = new Set([
  'call',
  'term',
  'describe',
  'dub',
  'label',
  'brand',
  'characterize',
  'characterise',
  'consider',
  'regard',
  'see',
  'view',
  'deem',
  'portray',
  'style',
]);
const FREE_RELATIVE_INNER = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'AUX', 'ADV', 'PART']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
/**
 * Head nouns that finish an actor phrase the resolver read as its demonym alone ("the French
 * president" → "the French"): a preposition the pattern asks for may stand after them.
 */
const ACTOR_HEADS = new Set([
  'president',
  'premier',
  'minister',
  'counterpart',
  'counterparts',
  'leader',
  'leaders',
  'king',
  'queen',
  'emir',
  'prince',
  'chancellor',
  'secretary',
  'envoy',
  'envoys',
  'ambassador',
  'diplomat',
  'diplomats',
  'delegation',
  'delegations',
  'negotiators',
  'official',
  'officials',
  'authorities',
  'government',
  'side',
  'prime',
  'foreign',
  'defence',
  'defense',
  'head',
  'chief',
  'troops',
  'forces',
  'army',
  'navy',
  'military',
  'nationals',
  'citizens',
]);

const NO_CANDIDATES: readonly Candidate[] = [];
const CANDIDATE_MEMO_LIMIT = 50_000;
const NO_WORD_SETS: readonly Set<string>[] = [];

/** a pattern a token may trigger: the token's lemma or surface is among the trigger's words */
interface Candidate {
  pattern: Pattern;
  /**
   * the trigger element's part of speech, kept here: the matcher tests it for every candidate of
   * every word, and reading it from the element cost a memory load that mostly missed the caches
   */
  triggerPos: PosClass | null;
  /** numbers of the word sets the pattern cannot match without, besides its trigger */
  required: readonly number[];
}

export class PatternIndex {
  private readonly byWord = new Map<string, Pattern[]>();
  /** every surface word that can start a trigger, for the cheap sentence gate */
  readonly triggerWords = new Set<string>();
  /** nouns that patterns read as an event whose actor is the target ("condemned the seizure") */
  readonly eventObjectWords = new Set<string>();
  /** word sets a pattern cannot match without, besides its trigger: the sentence must hold one of each */
  private readonly requiredWords = new Map<Pattern, Set<string>[]>();

  constructor(readonly patterns: Pattern[]) {
    for (const p of patterns) {
      const words = p.elements[p.triggerIndex].words;
      if (!words) continue;
      if (p.tgt.includes('event')) {
        const after = p.elements.slice(p.triggerIndex + 1);
        for (const el of after)
          if (el.pos === 'N' && el.words) for (const w of el.words) this.eventObjectWords.add(w);
        // "Minsk refused.", "warned that any attack would …": a verb whose target is the event talked of
        if (!after.some((el) => el.pos === 'N' && !el.optional))
          for (const w of words) this.eventObjectWords.add(w);
      }
      const needed: Set<string>[] = [];
      p.elements.forEach((el, i) => {
        if (i !== p.triggerIndex && el.kind === 'word' && !el.optional && el.words) needed.push(el.words);
      });
      if (needed.length) this.requiredWords.set(p, needed);
      for (const set of needed) registerWordSet(set);
      for (const w of words) {
        const list = this.byWord.get(w) ?? [];
        list.push(p);
        this.byWord.set(w, list);
        this.triggerWords.add(w);
      }
    }
  }

  /**
   * Candidates depend only on lemma and surface, and the same words recur in every document, so
   * each pair's list is worked out once, with the trigger's word test already passed; keyed by
   * lemma, then by surface where it differs (a key joined from both cost more than the lookup).
   */
  private readonly sameMemo = new Map<string, readonly Candidate[]>();
  private readonly splitMemo = new Map<string, Map<string, readonly Candidate[]>>();
  private memoSize = 0;

  /** the patterns whose trigger words hold this token's lemma or surface; its POS is still to check */
  candidates(t: Token): readonly Candidate[] {
    let byLower: Map<string, readonly Candidate[]> | undefined;
    let found: readonly Candidate[] | undefined;
    if (t.lemma === t.lower) found = this.sameMemo.get(t.lower);
    else {
      byLower = this.splitMemo.get(t.lemma);
      found = byLower?.get(t.lower);
    }
    if (found === undefined) {
      found = this.lookUp(t.lemma, t.lower);
      // a long-running server sees unbounded numbers and names: the memo starts over rather than grow
      if (this.memoSize >= CANDIDATE_MEMO_LIMIT) {
        this.sameMemo.clear();
        this.splitMemo.clear();
        this.memoSize = 0;
        byLower = undefined;
      }
      this.memoSize++;
      if (t.lemma === t.lower) this.sameMemo.set(t.lower, found);
      else {
        if (!byLower) {
          byLower = new Map();
          this.splitMemo.set(t.lemma, byLower);
        }
        byLower.set(t.lower, found);
      }
    }
    return found;
  }

  private lookUp(lemma: string, lower: string): readonly Candidate[] {
    const patterns = this.patternsFor(lemma, lower);
    if (patterns.length === 0) return NO_CANDIDATES;
    const out: Candidate[] = [];
    for (const pattern of patterns) {
      const trigger = pattern.elements[pattern.triggerIndex];
      if (!wordsHold(trigger, lemma, lower)) continue;
      const required = (this.requiredWords.get(pattern) ?? NO_WORD_SETS).map(
        (set) => requiredSets.get(set) as number,
      );
      out.push({ pattern, triggerPos: trigger.pos, required });
    }
    return out.length ? out : NO_CANDIDATES;
  }

  private patternsFor(lemma: string, lower: string): Pattern[] {
    // most tokens name no trigger: they share one empty list rather than each making one
    const a = this.byWord.get(lemma) ?? NO_PATTERNS;
    if (lower !== lemma) {
      const b = this.byWord.get(lower);
      return b ? [...new Set([...a, ...b])] : a;
    }
    // the tagger sometimes keeps a gerund or a past form as its own lemma ("voting/NOUN/voting",
    // "mediated/ADJ/mediated"), so the stem's patterns are candidates too
    const stem = inflectionStem(lower);
    if (stem === null) return a;
    const c = this.byWord.get(stem) ?? this.byWord.get(`${stem}e`) ?? this.byWord.get(undoubled(stem));
    if (!c) return a;
    return a.length ? [...new Set([...a, ...c])] : c;
  }

  /**
   * What a pattern triggered by one of `forms` needs besides its trigger: the numbers of its
   * required sets, one list per pattern; null when one of them needs nothing more
   */
  needsOfTriggered(forms: readonly string[]): readonly (readonly number[])[] | null {
    // most words trigger nothing: they share one empty list
    if (!forms.some((f) => this.byWord.has(f))) return NO_NEEDS;
    const triggered = new Set<Pattern>();
    for (const f of forms) for (const p of this.byWord.get(f) ?? NO_PATTERNS) triggered.add(p);
    const needs: (readonly number[])[] = [];
    for (const p of triggered) {
      const needed = this.requiredWords.get(p);
      if (!needed) return null;
      needs.push(needed.map((set) => requiredSets.get(set) as number));
    }
    return needs;
  }

  /** required word sets of `p` beyond its trigger (empty when it asks for none) */
  required(p: Pattern): readonly Set<string>[] {
    return this.requiredWords.get(p) ?? NO_WORD_SETS;
  }
}

const NO_PATTERNS: Pattern[] = [];
const NO_NEEDS: readonly (readonly number[])[] = [];

/**
 * The required word sets of every pattern index, numbered, and the sets each word is in. A
 * sentence marks once the sets its words fall in, and each pattern's test is then an array read;
 * probing every set against the sentence's word forms took more time than matching itself.
 */
const requiredSets = new Map<Set<string>, number>();
const setsOfWord = new Map<string, number[]>();
/** grows with every set numbered, so a sentence marked before sees that it must mark again */
let registryVersion = 0;
/** per surface word: the sets that it, or a stem cut from it, falls in */
const setsOfSurface = new Map<string, readonly number[]>();
const NO_SETS: readonly number[] = [];
const SURFACE_MEMO_LIMIT = 100_000;
let marks = new Int32Array(64);
let markGeneration = 0;

function registerWordSet(words: Set<string>): void {
  if (requiredSets.has(words)) return;
  const id = requiredSets.size;
  requiredSets.set(words, id);
  for (const w of words) {
    const list = setsOfWord.get(w);
    if (list) list.push(id);
    else setsOfWord.set(w, [id]);
  }
  if (id >= marks.length) {
    const grown = new Int32Array(marks.length * 2);
    grown.set(marks);
    marks = grown;
  }
  setsOfSurface.clear();
  registryVersion++;
}

/**
 * The sets a token's surface can satisfy through `wordOk`: the surface itself and its cut stem
 * (the lemma is looked up apart, as it does not follow from the surface)
 */
function surfaceSets(lower: string): readonly number[] {
  let found = setsOfSurface.get(lower);
  if (found === undefined) {
    const forms = [lower];
    const stem = inflectionStem(lower);
    if (stem !== null) forms.push(stem, `${stem}e`, undoubled(stem));
    const ids: number[] = [];
    for (const f of forms) for (const id of setsOfWord.get(f) ?? NO_SETS) ids.push(id);
    found = ids.length ? ids : NO_SETS;
    if (setsOfSurface.size >= SURFACE_MEMO_LIMIT) setsOfSurface.clear();
    setsOfSurface.set(lower, found);
  }
  return found;
}

/** marks every required set some token of the sentence can satisfy; returns the marks' generation */
function markSentence(tokens: Token[]): number {
  const generation = ++markGeneration;
  for (const t of tokens) {
    for (const id of surfaceSets(t.lower)) marks[id] = generation;
    if (t.lemma !== t.lower) for (const id of setsOfWord.get(t.lemma) ?? NO_SETS) marks[id] = generation;
  }
  return generation;
}

/**
 * What one sentence offers every pattern index: the coder matches the main patterns, the relaxed
 * ones and the responses over the same tokens, and each pass asked the same questions again.
 */
interface SentenceWords {
  tokens: Token[];
  /** the generation of `marks` that holds this sentence's sets, 0 before they are marked */
  generation: number;
  version: number;
  /** tokens inside a free relative ("what it called"), whose naming verb is no act */
  naming: Set<number>;
}

let lastSentence: SentenceWords | null = null;

function sentenceWords(tokens: Token[]): SentenceWords {
  if (lastSentence?.tokens === tokens) return lastSentence;
  const naming = new Set<number>();
  for (const t of tokens) {
    // only "what" opens a free relative; most sentences have none to walk
    if (t.lower !== 'what') continue;
    const end = freeRelativeEnd(tokens, t.i);
    for (let k = t.i; k < end; k++) naming.add(k);
  }
  lastSentence = { tokens, generation: 0, version: 0, naming };
  return lastSentence;
}

/**
 * What one word offers the patterns of some indexes, whichever of its `forms` the tagger gives it:
 * the required sets it falls in, and for each index the needs of the patterns it may trigger
 * (null where one of them needs nothing more). A report repeats its vocabulary, so the gate works
 * this out once per word rather than looking up each form of each word of every sentence.
 */
export interface WordOffer {
  sets: readonly number[];
  needs: (readonly (readonly number[])[] | null)[];
}

export function wordOffer(indexes: readonly PatternIndex[], forms: readonly string[]): WordOffer {
  const sets: number[] = [];
  for (const f of forms) for (const id of setsOfWord.get(f) ?? NO_SETS) sets.push(id);
  return { sets: sets.length ? sets : NO_SETS, needs: indexes.map((ix) => ix.needsOfTriggered(forms)) };
}

/** changes whenever a set is numbered, and with it what a word offers */
export function wordSetsVersion(): number {
  return registryVersion;
}

/**
 * For each of the `indexCount` indexes the offers were made for, whether some pattern of it could
 * match a sentence whose words offer `offers`: its trigger and a word of each required set must be
 * among them. It runs before tagging, so it may say yes where the matcher finds nothing, but must never
 * say no where it would find something: the offers must stand for every lemma the tagger could give.
 */
export function offeredMatches(offers: readonly WordOffer[], indexCount: number): boolean[] {
  const generation = ++markGeneration;
  for (const o of offers) for (const id of o.sets) marks[id] = generation;
  const verdicts: boolean[] = [];
  for (let k = 0; k < indexCount; k++) verdicts.push(offers.some((o) => needsMet(o.needs[k], generation)));
  return verdicts;
}

function needsMet(needs: readonly (readonly number[])[] | null, generation: number): boolean {
  if (needs === null) return true;
  for (const required of needs) if (required.every((id) => marks[id] === generation)) return true;
  return false;
}

/** whether the sentence holds a word of each required set; marked on first need, as most tokens trigger nothing */
function allPresent(sw: SentenceWords, required: readonly number[]): boolean {
  if (required.length === 0) return true;
  if (sw.generation !== markGeneration || sw.version !== registryVersion) {
    sw.generation = markSentence(sw.tokens);
    sw.version = registryVersion;
  }
  for (const id of required) if (marks[id] !== sw.generation) return false;
  return true;
}

/** what is left of a gerund or past form ("mediated" → "mediat", "voting" → "vot"), else null */
function inflectionStem(lower: string): string | null {
  if (lower.length > 5 && lower.endsWith('ing')) return lower.slice(0, -3);
  if (lower.length > 4 && lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 4 && lower.endsWith('ed')) return lower.slice(0, -2);
  return null;
}

/** "expelling" → "expel", "shipping" → "ship": a gerund may double its last consonant */
function undoubled(stem: string): string {
  const n = stem.length;
  return n > 3 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1]) ? stem.slice(0, -1) : stem;
}

/** first halves that make the compound an adjective ("one-sided", "state-owned", "self-declared"),
 * unlike a verb's own prefix ("test-fired", "water-cannoned", "re-imposed") */
const ADJECTIVE_MAKERS =
  /^(?:one|two|three|self|so|long|short|well|ill|half|state|high|low|far|hard|much|all|open|oft|newly|widely|hotly|hastily|jointly)$/;
/** the word at `k` ends a hyphened compound that is an adjective ("one-sided") */
function adjectiveCompound(tokens: Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  const first = tokens[k - 2];
  return (
    !!hyphen &&
    !!first &&
    (hyphen.text === '-' || hyphen.text === '‑') &&
    hyphen.end === tokens[k].start &&
    first.end === hyphen.start &&
    ADJECTIVE_MAKERS.test(first.text)
  );
}

function posOk(el: PatternElement, t: Token, prev?: Token): boolean {
  return posFits(el.pos, t, prev);
}

function posFits(pos: PosClass | null, t: Token, prev?: Token): boolean {
  if (!pos) return true;
  if (pos === 'V')
    return (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      (t.pos === 'NOUN' && t.lower.endsWith('ing')) ||
      // "The United States relaxed restrictions": the tagger reads a past form after a name as an adjective
      (t.pos === 'ADJ' && t.lower.endsWith('ed') && (prev?.pos === 'PROPN' || prev?.pos === 'PRON'))
    );
  if (pos === 'N')
    return (
      (t.pos === 'NOUN' || t.pos === 'PROPN') &&
      // "ministers were campaigning in …", "why were ministers campaigning …": after a form of "be"
      // or a plural noun an -ing word is a verb, not the noun
      !(
        t.lower.endsWith('ing') &&
        (prev?.lemma === 'be' || (prev?.pos === 'NOUN' && prev.lower.endsWith('s')))
      )
    );
  return t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'NOUN';
}

function wordOk(el: PatternElement, t: Token | undefined, prev?: Token): boolean {
  return !!t && wordsHold(el, t.lemma, t.lower) && posOk(el, t, prev);
}

/** the word half of `wordOk`, which depends on nothing but the token's lemma and surface */
function wordsHold(el: PatternElement, lemma: string, lower: string): boolean {
  return !!el.words && (el.words.has(lemma) || el.words.has(lower) || stemKnown(el.words, lower));
}

/** the stem is cut only when neither the lemma nor the word itself is listed */
function stemKnown(words: Set<string>, lower: string): boolean {
  const stem = inflectionStem(lower);
  return stem !== null && (words.has(stem) || words.has(`${stem}e`) || words.has(undoubled(stem)));
}

/** phrases that work as one adverb inside a verb group: "was in turn received", "once again expelled" */
const ADVERBIAL_PHRASES = new Map<string, readonly (readonly string[])[]>([
  ['in', [['turn'], ['person']]],
  ['at', [['last']]],
  ['for', [['the', 'first', 'time']]],
  ['once', [['again'], ['more']]],
]);

/** length of a set adverbial phrase opening at k, else 0 */
function adverbialPhrase(tokens: Token[], k: number): number {
  const phrases = ADVERBIAL_PHRASES.get(tokens[k].lower);
  if (!phrases) return 0;
  for (const rest of phrases)
    if (rest.every((w, i) => tokens[k + 1 + i]?.lower === w)) return rest.length + 1;
  return 0;
}

/** length of a set adverbial phrase ending at k, else 0 */
function adverbialPhraseEndingAt(tokens: Token[], k: number): number {
  for (let n = 2; n <= 4 && k - n + 1 >= 0; n++) if (adverbialPhrase(tokens, k - n + 1) === n) return n;
  return 0;
}

/** what may open the object phrase that follows a place after its verb */
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** length of a place phrase opening at k ("in Prague", "at the Hague"): "in" or "at", then a name, else 0 */
function placePhrase(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t.lower !== 'in' && t.lower !== 'at') return 0;
  let j = k + 1;
  if (tokens[j]?.lower === 'the') j++;
  const name = j;
  while (j < tokens.length && j - name < 3 && tokens[j].pos === 'PROPN' && !MONTHS.test(tokens[j].lower)) j++;
  return j > name ? j - k : 0;
}

/** length of a time phrase starting at k ("in 2007", "in late June 1989,"), 0 if none */
function timePhrase(tokens: Token[], k: number, dir: 1 | -1): number {
  if (dir === 1) {
    const t = tokens[k];
    if (!t) return 0;
    // "last week", "earlier this month"
    if (RELATIVE_TIME.test(t.lower)) {
      let j = k + 1;
      if (t.lower === 'earlier' || t.lower === 'later') j += tokens[j]?.lower === 'this' ? 1 : 0;
      return j > k && PERIODS.test(tokens[j]?.lower ?? '') ? j - k + 1 : 0;
    }
    // "the call of 8 September 2017 between …": "of" opens a date only when a month follows
    const ofDate = t.lower === 'of';
    if (!TIME_PREPS.has(t.lower) && !ofDate) return 0;
    let j = k + 1;
    let sawNumber = false;
    let sawMonth = false;
    while (j < tokens.length && j - k < 6) {
      const u = tokens[j];
      sawMonth ||= MONTHS.test(u.lower);
      // "on Tuesday", "on Monday night": a weekday dates as well as a number does
      if (u.pos === 'NUM' || WEEKDAYS.test(u.lower)) sawNumber = true;
      else if (
        !(
          MONTHS.test(u.lower) ||
          u.lower === 'the' ||
          u.lower === 'of' ||
          (sawNumber && DAY_PARTS.test(u.lower))
        )
      )
        break;
      j++;
    }
    return sawNumber && (sawMonth || !ofDate) ? j - k : 0;
  }
  // backwards: look for the preposition that opens a time phrase ending at k
  for (let s = k; s >= 0 && k - s < 6; s--) {
    const n = timePhrase(tokens, s, 1);
    if (n && s + n - 1 === k) return n;
  }
  return 0;
}

/**
 * "criticised what it called Japan's decision", "struck what Delhi described as a camp": the end
 * (exclusive) of a free relative opening at k that only names the object standing after it, else 0
 */
export function freeRelativeEnd(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'what') return 0;
  for (let j = k + 1; j < tokens.length && j - k <= 6; j++) {
    const t = tokens[j];
    if (t.pos === 'VERB' && NAMING_VERBS.has(t.lemma)) {
      if (j === k + 1) return 0;
      return tokens[j + 1]?.lower === 'as' ? j + 2 : j + 1;
    }
    if (!FREE_RELATIVE_INNER.has(t.pos)) return 0;
  }
  return 0;
}

/**
 * "expelled, in a tit-for-tat move, two diplomats", "severed, without warning, its ties": the end
 * (exclusive) of a short prepositional or adverbial aside opening with a comma at k, else 0
 */
function asideEnd(tokens: Token[], mentions: PlacedMention[], k: number): number {
  if (tokens[k]?.text !== ',' || !/^(ADP|ADV)$/.test(tokens[k + 1]?.pos ?? '')) return 0;
  for (let j = k + 2; j < tokens.length && j - k <= 10; j++) {
    const t = tokens[j];
    if (t.text === ',') return j + 1;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'CCONJ' ||
      (t.pos === 'PUNCT' && !/^[-–]$/.test(t.text))
    )
      return 0;
    if (slotAt(mentions, j, 1) >= 0) return 0;
  }
  return 0;
}

/** "rammed one of its boats", "detained several of their nationals": a part of the actor's things */
const PARTITIVE =
  /^(?:one|two|three|four|five|some|several|many|most|all|each|any|both|dozens|hundreds|thousands)$/;

/** "expelled over 150 diplomats", "at least 40", "more than 25": words that round the count after them */
const ROUNDING =
  /^(?:over|under|about|around|nearly|almost|some|than|least|most|up|to|roughly|approximately)$/;

function roundsCount(t: Token, next?: Token): boolean {
  if (!next || (!ROUNDING.test(t.lower) && !/^(?:more|fewer|less|at)$/.test(t.lower))) return false;
  return next.pos === 'NUM' || /^(?:than|least|most|to)$/.test(next.lower);
}

function gapOk(el: PatternElement, t: Token, next?: Token, prev?: Token): boolean {
  if (t.text === '"' || t.text === '“' || t.text === '”') return true;
  if (!el.functionWord && roundsCount(t, next)) return true;
  if (el.functionWord) return t.pos === 'ADV' || /^(more|again|once|back|also|still)$/.test(t.lower);
  if (el.kind === 'slot')
    return (
      SLOT_GAP_POS.has(t.pos) ||
      // "rammed and punctured them": a second past verb sharing the object of the first
      (t.lower === 'and' &&
        prev?.pos === 'VERB' &&
        /ed$/.test(prev.lower) &&
        /ed$/.test(next?.lower ?? '')) ||
      ((t.pos === 'VERB' || t.pos === 'ADJ') && prev?.lower === 'and' && /ed$/.test(t.lower)) ||
      (t.lower === 'of' && PARTITIVE.test(prev?.lower ?? '')) ||
      t.text === '-' ||
      t.text === '–' ||
      /^(led|dominated|controlled)$/.test(t.lower) ||
      (t.pos === 'PROPN' && (next?.text === '-' || next?.text === '–'))
    );
  if (MODIFIER_POS.has(t.pos)) return true;
  // "the complete, immediate and unconditional withdrawal": a comma between two modifiers
  if (t.text === ',' && prev?.pos === 'ADJ' && (next?.pos === 'ADJ' || next?.pos === 'ADV')) return true;
  if (isPossessiveMarker(t) || POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (t.text === '-' || t.text === '"' || t.text === '“' || t.text === '$') return true;
  // "the Corpus–Itaipú agreement": an en dash glued to both words joins a compound name
  if (t.text === '–' && prev?.end === t.start && next?.start === t.end) return true;
  return t.lower === 'and' || t.lower === 'or';
}

interface Cursor {
  pos: number;
  trigger: number;
  slotS: number | null;
  slotT: number | null;
  /** last token of a multi-word actor phrase just matched, which the next word may name */
  afterSlot: number | null;
  /** first token of an actor phrase just matched that names its head first ("Ambassador of Russia") */
  headFirst: number | null;
  /** the token right after the last actor slot matched going forward */
  slotEnd: number | null;
  /** a word the pattern wants after the verb was found in the passive's subject */
  objectInSubject: boolean;
}

/** a cursor with nothing matched yet; every cursor is built here or copied, so all share one shape */
function freshCursor(pos: number, trigger: number): Cursor {
  return {
    pos,
    trigger,
    slotS: null,
    slotT: null,
    afterSlot: null,
    headFirst: null,
    slotEnd: null,
    objectInSubject: false,
  };
}

/** a cursor for trying one branch: copied field by field, as a spread cost V8 a generic copy each time */
function copyCursor(c: Cursor): Cursor {
  return {
    pos: c.pos,
    trigger: c.trigger,
    slotS: c.slotS,
    slotT: c.slotT,
    afterSlot: c.afterSlot,
    headFirst: c.headFirst,
    slotEnd: c.slotEnd,
    objectInSubject: c.objectInSubject,
  };
}

function slotAt(mentions: PlacedMention[], k: number, dir: 1 | -1): number {
  for (let m = 0; m < mentions.length; m++) {
    if (dir === 1 ? mentions[m].ts === k : mentions[m].te - 1 === k) return m;
  }
  return -1;
}

/** where reading leftwards resumes before ", Name Name," ending at the comma `k`; -1 when none ends there */
function nameAppositionStart(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return -1;
  let j = k - 1;
  // "Daniel García-Peña": a hyphen glued inside a double surname is part of the name
  const namePart = (i: number) =>
    tokens[i].pos === 'PROPN' ||
    (tokens[i].text === '-' &&
      tokens[i - 1]?.end === tokens[i].start &&
      tokens[i + 1]?.start === tokens[i].end);
  while (j >= 0 && k - j <= 6 && namePart(j)) j--;
  return j < k - 1 && tokens[j]?.text === ',' ? j - 1 : -1;
}

/** tries to match one element starting at `from` going `dir`; returns the new position or -1 */
function matchElement(
  el: PatternElement,
  tokens: Token[],
  mentions: PlacedMention[],
  from: number,
  dir: 1 | -1,
  cur: Cursor,
  /** an optional word before a slot still to fill must not skip the actor that slot wants */
  guardActors = false,
): number | null {
  const maxGap = el.kind === 'wide-gap' ? 12 : el.functionWord ? 2 : el.kind === 'slot' ? 3 : 6;
  if (el.kind === 'wide-gap') return from; // the next element searches with its own gap
  let k = from;
  for (let skipped = 0; k >= 0 && k < tokens.length && skipped <= maxGap; ) {
    const freeRelative =
      dir === 1 && (el.kind === 'slot' || (k === from && !el.functionWord)) ? freeRelativeEnd(tokens, k) : 0;
    if (freeRelative) {
      k = freeRelative;
      continue;
    }
    const aside = dir === 1 && k === from ? asideEnd(tokens, mentions, k) : 0;
    if (aside) {
      k = aside;
      continue;
    }
    // "the French ambassador, François Gouyette, was summoned" read leftwards: a name in apposition
    const named = dir === -1 && k === from ? nameAppositionStart(tokens, k) : -1;
    if (named >= 0) {
      k = named;
      continue;
    }
    // "the Collective Security Treaty Organization (CSTO) for …": a short bracket is read past
    if (dir === 1 && tokens[k].text === '(') {
      let close = k + 1;
      while (close < tokens.length && close - k <= 5 && tokens[close].text !== ')') close++;
      if (tokens[close]?.text === ')' && close - k <= 5) {
        k = close + 1;
        continue;
      }
    }
    if (el.kind === 'slot') {
      // "Ukraine's ambassador to …" read leftwards: the possessive ending stands between head and actor
      if (dir === -1 && k === from && isPossessiveMarker(tokens[k])) {
        k--;
        continue;
      }
      let m = slotAt(mentions, k, dir);
      // "Ukraine's ambassador to …" read leftwards: the head word taken already may sit inside the actor phrase
      if (m < 0 && dir === -1 && from - k <= 1)
        m = mentions.findIndex((x) => x.ts <= k && x.te - 1 > k && x.te - 1 <= from + 1);
      // "the Japanese" is one mention: an optional "the" already taken must not hide it
      if (m < 0 && dir === 1 && k === from && tokens[k - 1]?.pos === 'DET') m = slotAt(mentions, k - 1, 1);
      // "became a member of NATO": the pattern's own words ("member of") head the actor phrase
      if (m < 0 && dir === 1 && k === from && tokens[k - 1]?.lower === 'of')
        m = mentions.findIndex((x) => x.ts > cur.trigger && x.ts < k && k < x.te && !x.referent);
      // "accused their Chinese counterparts": a possessive pronoun before a named actor yields to it
      // (a speaker's too: "offered our Polish partners")
      if (
        m >= 0 &&
        dir === 1 &&
        (mentions[m].referent || mentions[m].actor?.how === 'speaker') &&
        POSSESSIVE_PRONOUNS.has(tokens[k].lower)
      ) {
        const named = slotAt(mentions, mentions[m].te, 1);
        if (named >= 0 && !mentions[named].referent) m = named;
      }
      if (m >= 0) {
        if (el.slot === 'S') cur.slotS = m;
        else cur.slotT = m;
        let next = dir === 1 ? mentions[m].te : mentions[m].ts - 1;
        // "urged Caracas and Georgetown to …": a coordinated slot runs to its last member
        let last = m;
        let chainEnd = next;
        while (dir === 1) {
          let j = mentions[last].te;
          const from = j;
          while (j - from < 2 && /^(,|and|or)$/.test(tokens[j]?.lower ?? '')) j++;
          if (j === from) break;
          if (tokens[j]?.pos === 'DET') j++;
          const more = slotAt(mentions, j, 1);
          if (more < 0) break;
          last = more;
          chainEnd = mentions[more].te;
        }
        // "brokered by Qatar, Rwanda and Congo agreed …", "with Tehran, and the UAE downgraded …":
        // a list followed by its verb is the next clause's subject
        const nextClause = /^(VERB|AUX)$/.test(tokens[chainEnd]?.pos ?? '');
        if (last !== m && !nextClause) {
          m = last;
          next = chainEnd;
        }
        // "between Ghana and Togo were severed" read leftwards: a coordinated slot starts at its first member
        while (dir === -1) {
          let j = next;
          while (next - j < 2 && /^(,|and|or)$/.test(tokens[j]?.lower ?? '')) j--;
          if (j === next) break;
          const more = slotAt(mentions, j, -1);
          if (more < 0) break;
          next = mentions[more].ts - 1;
        }
        cur.afterSlot = dir === 1 && mentions[m].te - mentions[m].ts > 1 ? mentions[m].te - 1 : null;
        cur.headFirst = dir === 1 && tokens[mentions[m].ts + 1]?.lower === 'of' ? mentions[m].ts : null;
        if (dir === 1 && isPossessiveMarker(tokens[next])) next++;
        cur.slotEnd = dir === 1 ? next : null;
        return next;
      }
    } else if (wordOk(el, tokens[k], tokens[k - 1])) {
      return k + dir;
    } else if (k === from && dir === 1 && cur.afterSlot !== null && wordOk(el, tokens[cur.afterSlot])) {
      // "expelled the Russian envoy": the head noun may sit inside the actor phrase ("Russian envoy")
      const at = cur.afterSlot + 1;
      cur.afterSlot = null;
      return at;
    } else if (k === from && dir === 1 && cur.headFirst !== null && wordOk(el, tokens[cur.headFirst])) {
      // "the Ambassador of the Russian Federation was summoned": the head named before its country
      cur.headFirst = null;
      cur.afterSlot = null;
      return k;
    }
    const tp = timePhrase(tokens, k, dir);
    if (tp) {
      k += dir * tp;
      if (tokens[k]?.text === ',') k += dir;
      continue;
    }
    // "was in turn received in Rome": a set adverbial phrase stands where an adverb may
    const ap = dir === 1 ? adverbialPhrase(tokens, k) : adverbialPhraseEndingAt(tokens, k);
    if (ap) {
      k += dir * ap;
      continue;
    }
    // "agreed in Prague in October to respect …": where an act took place stands between the verb
    // and its infinitive as freely as when it did (not before an object or another preposition,
    // whose actor the place might be taken for)
    // ("signed in Brussels a special agreement": right after an active verb, before the object's
    // own noun; after a passive the place is where the agent's phrase may follow)
    let pp =
      dir === 1 &&
      el.kind === 'word' &&
      ((el.functionWord && wordsHold(el, 'to', 'to')) ||
        (!el.functionWord && k === cur.trigger + 1 && !isPassiveAt(tokens, cur.trigger)))
        ? placePhrase(tokens, k)
        : 0;
    // ("the accord, signed in Oslo by …", "signed in Oslo on 3 May by …": the place opens no object)
    if (pp && !el.functionWord && !OBJECT_OPENERS.has(tokens[k + pp]?.pos ?? '')) pp = 0;
    if (pp) {
      k += pp;
      if (tokens[k]?.text === ',') k++;
      continue;
    }
    // "criticised Beijing's new law" for "?new ?$T law": the optional word leaves the actor to the slot
    if (guardActors && slotAt(mentions, k, 1) >= 0) return null;
    // "welcomed the French president to London": the head of an actor phrase before the preposition
    const actorHead =
      el.functionWord &&
      dir === 1 &&
      cur.slotEnd !== null &&
      k - cur.slotEnd === skipped &&
      ACTOR_HEADS.has(tokens[k].lower);
    if (!actorHead && !gapOk(el, tokens[k], tokens[k + 1], tokens[k - 1])) return null;
    // "the Russian-led alliance": a hyphen is part of a word, not a word of the gap
    if (tokens[k].text !== '-' && tokens[k].text !== '–') skipped++;
    k += dir;
  }
  return null;
}

interface Forward {
  cur: Cursor;
  last: number;
}

/**
 * Matches elements e… going forward. After a wide gap every start is tried in turn until the rest
 * of the pattern matches too, so "struck camps across the line in Kashmir" may pass a first
 * "across" that leads nowhere and find the "in" that does.
 */
function forward(
  p: Pattern,
  tokens: Token[],
  mentions: PlacedMention[],
  e: number,
  cur: Cursor,
  last: number,
  passive: boolean,
  wide: boolean,
): Forward | null {
  if (e >= p.elements.length) return { cur, last };
  const el = p.elements[e];
  if (el.kind === 'wide-gap') return forward(p, tokens, mentions, e + 1, cur, last, passive, true);
  if (wide) {
    for (let k = cur.pos; k < tokens.length && k < cur.pos + 14; k++) {
      const t = tokens[k];
      if (t.text === ';' || t.lower === 'which' || t.lower === 'who') break;
      // "the agreements concluded with Peru were suspended by …": a passive verb group of its own
      // is the clause's predicate, which no gap runs through
      if (/^(?:was|were|is|are)$/.test(t.lower) && tokens[k + 1]?.pos === 'VERB' && k > cur.trigger) break;
      // ", and officials told …": the next clause is another act
      if (t.text === ',' && /^(and|but|while|whereas)$/.test(tokens[k + 1]?.lower ?? '')) break;
      // "after American aircraft had bombed Tripoli, Libya fired missiles at …": an actor and its
      // verb after a comma open the main clause
      if (t.text === ',' && k > cur.trigger) {
        const j = tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
        const subject = mentions.find((x) => x.ts === j);
        if (subject && tokens[subject.te]?.pos === 'VERB') break;
      }
      // "EU leaders, meeting in Brussels, postponed talks with …": a comma before a finite verb
      // closes the aside the gap started in
      if (
        t.text === ',' &&
        tokens[k + 1]?.pos === 'VERB' &&
        /ed$/.test(tokens[k + 1].lower) &&
        /ing$/.test(tokens[cur.trigger]?.lower ?? '')
      )
        break;
      const tried = copyCursor(cur);
      const at = matchElement(el, tokens, mentions, k, 1, tried);
      if (at === null) continue;
      tried.pos = at;
      const done = forward(p, tokens, mentions, e + 1, tried, at - 1, passive, false);
      if (done) return done;
    }
  } else {
    const tried = copyCursor(cur);
    const guard = el.optional && el.kind === 'word' && slotPending(p, e + 1, cur);
    const at = matchElement(el, tokens, mentions, cur.pos, 1, tried, guard);
    if (at !== null) {
      tried.pos = at;
      const done = forward(p, tokens, mentions, e + 1, tried, at - 1, passive, false);
      // "by telephone the next day" for "?the telephone": an optional word found further on, past
      // what the rest wants, is tried without as well
      if (done || !el.optional) return done;
    }
  }
  if (el.optional && !(passive && el.kind === 'slot'))
    return forward(p, tokens, mentions, e + 1, cur, last, passive, false);
  // "two soldiers held by Chile were handed back to Peru": the object the pattern names before its
  // preposition stands in the passive's subject
  if (passive && el.kind === 'word' && !el.functionWord && subjectHolds(el, tokens, cur.trigger)) {
    const inSubject = copyCursor(cur);
    inSubject.objectInSubject = true;
    return forward(p, tokens, mentions, e + 1, inSubject, last, passive, false);
  }
  // a passive verb keeps its object in the subject, so the slot after it may be empty, and with it
  // the head words that would have named it ("the Japanese envoy was summoned" for "summon $T envoy")
  if (passive && el.kind === 'slot') {
    const head = passiveSubjectHead(tokens, cur.trigger);
    let next = e + 1;
    while (next < p.elements.length && p.elements[next].kind === 'word' && !p.elements[next].functionWord) {
      // "two diplomats were expelled" is no "expel $T envoy": a head asked for must be the subject's
      if (!p.elements[next].optional && !(head && wordOk(p.elements[next], head))) return null;
      next++;
    }
    return forward(p, tokens, mentions, next, cur, last, passive, false);
  }
  return null;
}

/** whether an element from `e` on is an actor slot not yet filled */
function slotPending(p: Pattern, e: number, cur: Cursor): boolean {
  for (let k = e; k < p.elements.length; k++) {
    const x = p.elements[k];
    if (x.kind === 'slot' && (x.slot === 'T' ? cur.slotT === null : cur.slotS === null)) return true;
  }
  return false;
}

/** what may follow a headline's participle: "envoy summoned to the ministry", "diplomats expelled, …" */
const AFTER_HEADLINE_PARTICIPLE = /^(?:[,.;:)–—-]|to|by|in|on|at|from|for|out|over|within|until|after)$/;

/**
 * A passive told without its auxiliary, as notes, headlines and timelines tell it ("Czech
 * ambassador summoned to the ministry", "three Russian diplomats expelled, in solidarity"): a
 * participle right after its subject noun, with no verb before it in its clause and no object
 * after it, of a verb whose pattern wants its target right after it.
 */
function headlinePassive(p: Pattern, tokens: Token[], mentions: PlacedMention[], trigger: number): boolean {
  if (!isPastParticiple(tokens[trigger])) return false;
  if (!tokens[trigger].lower.endsWith('ed') && !IRREGULAR_PARTICIPLE.test(tokens[trigger].lower))
    return false;
  const before = tokens[trigger - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  // read after the word checks, which turn away most triggers without copying the pattern's elements
  if (!objectIsSlot(p)) return false;
  // "Tallinn expelled, in a tit-for-tat move, …", "Iran agreed to …": a state by its name acts
  const named = mentions.find((x) => x.te === trigger && x.actor);
  if (
    named?.actor &&
    named.actor.type === 'state' &&
    (named.actor.how === 'name' || named.actor.how === 'metonym')
  )
    return false;
  const after = tokens[trigger + 1];
  if (after && !AFTER_HEADLINE_PARTICIPLE.test(after.lower)) return false;
  // "killed at least 33 soldiers": a count is the active verb's object
  if (after?.lower === 'at' && /^(?:least|most)$/.test(tokens[trigger + 2]?.lower ?? '')) return false;
  // "called in the Chinese ambassador": a particle with its object after it is the active verb's
  if (
    /^(?:in|on|out|over)$/.test(after?.lower ?? '') &&
    /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokens[trigger + 2]?.pos ?? '')
  )
    return false;
  // the subject opens its clause: "Leopoldo López, the leader freed on Tuesday, has moved …" is a
  // description inside a sentence with a verb of its own
  for (let k = trigger - 2; k >= 0; k--) {
    if (/^[;:(—–]$/.test(tokens[k].text)) break;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].text === ',') return false;
  }
  for (let k = trigger + 1; k < tokens.length; k++) if (tokens[k].pos === 'AUX') return false;
  return true;
}
const IRREGULAR_PARTICIPLE = /^(?:seen|taken|given|shot|held|sent|thrown|driven|forbidden|withdrawn)$/;

/** whether the first element after the trigger that a match must fill is a slot ("expelled $T") */
function objectIsSlot(p: Pattern): boolean {
  for (let k = p.triggerIndex + 1; k < p.elements.length; k++) {
    const x = p.elements[k];
    if (!x.optional || x.kind === 'slot') return x.kind === 'slot';
  }
  return false;
}

/** the token a passive verb's subject ends in, back past its auxiliaries and adverbs; -1 when none is a noun */
function passiveSubjectEnd(tokens: Token[], verb: number): number {
  for (let k = verb - 1; k >= 0 && k >= verb - 5; k--) {
    const t = tokens[k];
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART') continue;
    return t.pos === 'NOUN' || t.pos === 'PROPN' ? k : -1;
  }
  return -1;
}

/** the noun a passive verb's subject ends in ("the Japanese envoy was summoned" → envoy) */
function passiveSubjectHead(tokens: Token[], verb: number): Token | null {
  const k = passiveSubjectEnd(tokens, verb);
  return k < 0 ? null : tokens[k];
}

function matchFrom(
  p: Pattern,
  tokens: Token[],
  mentions: PlacedMention[],
  trigger: number,
): PatternMatch | null {
  const withAuxiliary = isPassiveAt(tokens, trigger);
  const headline = !withAuxiliary && headlinePassive(p, tokens, mentions, trigger);
  const passive = withAuxiliary || headline;
  const start = freshCursor(trigger + 1, trigger);
  let done = forward(p, tokens, mentions, p.triggerIndex + 1, start, trigger, passive, false);
  // "12,000 soldiers were deployed on the border", "flights to Peru were suspended by Chile": with
  // the object in the subject, the words after the verb must name a target, and not the agent
  if (done?.cur.objectInSubject) {
    const slot = done.cur.slotT;
    if (slot === null || tokens[mentions[slot].ts - 1]?.lower === 'by') done = null;
  }
  /** where the object phrase read in a passive's subject starts */
  let invertedFrom: number | null = null;
  if (!done && passive && p.triggerIndex + 1 < p.elements.length) {
    const inverted = subjectInversion(p, tokens, mentions, trigger);
    if (inverted) {
      done = inverted;
      invertedFrom = inverted.first;
    }
  }
  // "Turkey, which Greece has condemned, …": a relative clause's verb has its object before it
  let antecedent: number | null = null;
  if (!done && !passive && p.elements.some((el) => el.slot === 'T')) {
    antecedent = objectRelativeAntecedent(tokens, mentions, trigger);
    if (antecedent !== null)
      done = forward(p, tokens, mentions, p.triggerIndex + 1, start, trigger, true, false);
  }
  if (!done) return null;
  const { cur } = done;
  // the object phrase read in the subject ends before the verb: the match runs up to the verb
  const last = invertedFrom !== null ? trigger : done.last;
  if (antecedent !== null && cur.slotT === null) cur.slotT = antecedent;
  let first = invertedFrom ?? trigger;
  let pos = trigger - 1;
  // a wide gap read leftwards: the element before it may stand up to twelve words further back
  // ("the Treaty of Friendship, Cooperation and Trade was signed"), not across a clause's edge or
  // its subject ("…, but he was recalled") nor past the parties a phrase names ("the first accord
  // between Israel and an Arab state, was signed")
  let wide = false;
  for (let e = p.triggerIndex - 1; e >= 0; e--) {
    const el = p.elements[e];
    if (el.kind === 'wide-gap') {
      wide = true;
      continue;
    }
    let at = matchElement(el, tokens, mentions, pos, -1, cur);
    for (let q = pos - 1; at === null && wide && q >= 0 && pos - q <= 12; q--) {
      if (/^(?:;|which|who|whom|between|but|he|she|they|we|it)$/.test(tokens[q + 1].lower)) break;
      at = matchElement(el, tokens, mentions, q, -1, cur);
    }
    wide = false;
    if (at === null) {
      if (el.optional) continue;
      return null;
    }
    first = at + 1;
    pos = at;
  }
  const found: PatternMatch = {
    pattern: p,
    trigger,
    first,
    last,
    slotS: cur.slotS,
    slotT: cur.slotT,
    passive,
  };
  if (headline) found.headline = true;
  return found;
}

/** where a passive verb's subject phrase starts: back over nouns, their modifiers and prepositional phrases */
function passiveSubjectStart(tokens: Token[], verb: number): { start: number; end: number } | null {
  const k = passiveSubjectEnd(tokens, verb);
  if (k < 0) return null;
  const end = k + 1;
  let start = k;
  while (start > 0 && end - start < 20) {
    const t = tokens[start - 1];
    if (
      /^[,;:()"“”]$/.test(t.text) ||
      /^(?:that|which|who|whom|when|after|before|because|while|if)$/.test(t.lower)
    )
      break;
    // "the agreements concluded with Rwanda were suspended": a participle with its phrase belongs to
    // the subject; any other verb ends it
    if (t.pos === 'VERB' && !(isPastParticiple(t) && tokens[start]?.pos === 'ADP')) break;
    start--;
  }
  return { start, end };
}

/** whether a word of a passive verb's subject phrase is what `el` asks for */
function subjectHolds(el: PatternElement, tokens: Token[], verb: number): boolean {
  const span = passiveSubjectStart(tokens, verb);
  if (!span) return false;
  for (let k = span.start; k < span.end; k++) if (wordOk(el, tokens[k], tokens[k - 1])) return true;
  return false;
}

/**
 * "The flights to Peru were suspended by Chile", "all the agreements with Rwanda were suspended":
 * a passive verb has its object phrase before it, so what the pattern wants after the verb is
 * sought in the subject, from each of its words in turn.
 */
function subjectInversion(
  p: Pattern,
  tokens: Token[],
  mentions: PlacedMention[],
  trigger: number,
): (Forward & { first: number }) | null {
  const span = passiveSubjectStart(tokens, trigger);
  if (!span) return null;
  // without its agent ("the visit was cancelled") the act has no source; what the subject names
  // is left to the patterns of its own words
  let by = trigger + 1;
  while (by < tokens.length && tokens[by].pos === 'ADV') by++;
  // "the Kenyan characterisation was denied in Mogadishu": a word said in a capital is said by its
  // state, which the coder checks when it looks for the source
  const saidIn =
    tokens[by]?.lower === 'in' && tokens[by + 1]?.pos === 'PROPN' && /^(?:01|02|05|11|12)/.test(p.code);
  if (tokens[by]?.lower !== 'by' && !saidIn) return null;
  // the subject alone: nothing of the pattern may be read past it
  const before = tokens.slice(0, span.end);
  const inside = mentions.map((m) => (m.te <= span.end ? m : { ...m, ts: -1, te: -1 }));
  for (let k = span.start; k < span.end; k++) {
    const cur = freshCursor(k, trigger);
    const done = forward(p, before, inside, p.triggerIndex + 1, cur, trigger, false, false);
    // the object phrase must name the target: a bare "the flights were suspended" says nothing new
    if (done && done.cur.slotT !== null) return { ...done, first: k };
  }
  return null;
}

/**
 * The actor a relative clause is about when the clause's verb at `trigger` has its own subject
 * between the relative word and itself ("Turkey, which Greece has repeatedly condemned",
 * "Lukashenko, whom Warsaw accused of …"), else null.
 */
function objectRelativeAntecedent(
  tokens: Token[],
  mentions: PlacedMention[],
  trigger: number,
): number | null {
  let k = trigger - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  const subject = mentions.findIndex((m) => m.te - 1 === k && m.actor);
  if (subject < 0) return null;
  let j = mentions[subject].ts - 1;
  while (j >= 0 && tokens[j].pos === 'DET') j--;
  if (!/^(?:which|whom|that)$/.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',') return null;
  const ante = mentions.findIndex((m) => m.te === j - 1 && m.actor);
  return ante < 0 ? null : ante;
}

/** how many elements a pattern insists on: the more, the more specific */
function required(p: Pattern): number {
  let n = 0;
  for (const el of p.elements) if (!el.optional && el.kind !== 'wide-gap') n++;
  return n;
}

export function findMatches(index: PatternIndex, tokens: Token[], mentions: PlacedMention[]): PatternMatch[] {
  let found: PatternMatch[] = [];
  // the naming verb of "what it called …" names the object; it is no act of its own
  const sw = sentenceWords(tokens);
  for (const t of tokens) {
    if (sw.naming.has(t.i)) continue;
    for (const c of index.candidates(t)) {
      if (!posFits(c.triggerPos, t, tokens[t.i - 1])) continue;
      // "one-sided", "state-owned": the second half of an adjective compound is no verb of the clause
      if (c.triggerPos === 'V' && adjectiveCompound(tokens, t.i)) continue;
      // a required word absent from the whole sentence fails the pattern wherever it starts
      if (!allPresent(sw, c.required)) continue;
      const p = c.pattern;
      const m = matchFrom(p, tokens, mentions, t.i);
      // "held talks between 2008 and 2014": a time after the word is no phrase the exception means
      if (m && !(p.unless.has(tokens[m.last + 1]?.lower ?? '') && tokens[m.last + 2]?.pos !== 'NUM'))
        found.push(m);
    }
  }
  const asides = found.filter((m) => m.pattern.aside);
  found = found.filter((m) => !m.pattern.aside);
  const fallbacks = found.filter((m) => m.pattern.fallback);
  if (fallbacks.length) {
    const own = clauses(tokens);
    const inOwnClause = (m: PatternMatch) =>
      m.slotT !== null && clauseAt(own, mentions[m.slotT].ts) === clauseAt(own, m.trigger);
    found = found.filter((m) => !m.pattern.fallback || inOwnClause(m));
  }
  // where matches overlap on the trigger, the longest wins, and of two as long the one that asked
  // for more ("sent troops to" over "sent … to")
  // a fallback yields to any specific pattern
  found.sort(
    (a, b) =>
      Number(!!a.pattern.fallback) - Number(!!b.pattern.fallback) ||
      b.last - b.first - (a.last - a.first) ||
      a.first - b.first ||
      required(b.pattern) - required(a.pattern),
  );
  const kept: PatternMatch[] = [];
  for (const m of found) {
    // a pattern that reads "not accept" as a rejection stands beside the acceptance it negates:
    // the coder keeps whichever the sentence's polarity allows
    if (m.pattern.whenNegated) {
      kept.push(m);
      continue;
    }
    // a fallback still reads the verb when a reciprocal pattern took it without a target ("met" read
    // as "X and Y met" in "the premier met … with an Iranian delegation")
    const clash = kept.some(
      (k) =>
        !k.pattern.whenNegated &&
        (m.pattern.fallback && !k.pattern.fallback
          ? !(k.pattern.sym && k.slotT === null) && m.trigger >= k.first && m.trigger <= k.last
          : m.trigger >= k.first && m.trigger <= k.last),
    );
    if (!clash) kept.push(m);
  }
  return [...kept, ...asides].sort((a, b) => a.trigger - b.trigger);
}
