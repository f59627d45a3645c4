/**
 * Actor mentions placed on tokens: names from the resolver plus pronouns and definite
 * descriptions ("he", "its", "the two countries") resolved against what came before.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import type { Token } from '../nlp/index.js';

/** words that may stand between "the two" and its head: "the two foreign ministers" */
const PAIR_MODIFIERS =
  /^(?:foreign|prime|defen[cs]e|interior|trade|finance|deputy|vice|neighbou?ring|former|rival|warring|estranged|feuding|top|chief)$/;

const PAIR_OFFICIALS =
  /^(?:ministers|presidents|leaders|envoys|delegations|negotiators|heads|chiefs|representatives|ambassadors|premiers|delegates)$/;
const PAIR_NOUNS = /^(?:sides|countries|governments|states|parties|nations|koreas)$/;

/** the end of "the [defence] ministers of the two sides" / "… of both countries" from "the" at i, else 0 */
function pairOfficialsEnd(tokens: Token[], i: number): number {
  let h = i + 1;
  while (h - i <= 2 && PAIR_MODIFIERS.test(tokens[h]?.lower ?? '')) h++;
  if (!PAIR_OFFICIALS.test(tokens[h]?.lower ?? '') || tokens[h + 1]?.lower !== 'of') return 0;
  let k = h + 2;
  if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'two') k += 2;
  else if (tokens[k]?.lower === 'both') k += 1;
  else return 0;
  return PAIR_NOUNS.test(tokens[k]?.lower ?? '') ? k + 1 : 0;
}

export type Referent = 'person' | 'thing' | 'plural' | 'pair';

export interface PlacedMention {
  /** token range [start, end) */
  ts: number;
  te: number;
  /** document offsets */
  start: number;
  end: number;
  text: string;
  actor: ActorMention | null;
  /** pronoun or description still to resolve; null for names */
  referent: Referent | null;
  /** for "the two countries": the resolved pair */
  pair?: ActorMention[];
  how: string;
}

const PRONOUNS: Record<string, Referent> = {
  he: 'person',
  him: 'person',
  his: 'person',
  she: 'person',
  her: 'person',
  it: 'thing',
  its: 'thing',
  they: 'plural',
  them: 'plural',
  their: 'plural',
};

const PERSON_TYPES = new Set(['leader', 'person']);
const STATE_LIKE = new Set(['state', 'leader', 'government', 'military', 'igo']);
// an agent named by a personal title ("the Iranian defence minister") is a person for "he"
const TITLE =
  /\b(minister|president|leader|king|queen|premier|chancellor|secretary|envoy|ambassador|adviser|advisor|official|ayatollah|emir|prince|general)\b/i;

/** a person, or a body named by a person's title ("the Iranian defence minister") */
export function isPersonMention(m: ActorMention): boolean {
  return PERSON_TYPES.has(m.type) || TITLE.test(m.text);
}

/** a referring phrase over tokens ts..te-1 whose actor the coreference step fills in later */
function unresolved(tokens: Token[], ts: number, te: number, referent: Referent, how: string): PlacedMention {
  return {
    ts,
    te,
    start: tokens[ts].start,
    end: tokens[te - 1].end,
    text: tokens
      .slice(ts, te)
      .map((k) => k.text)
      .join(' '),
    actor: null,
    referent,
    how,
  };
}

/** maps resolver mentions (offsets into the sentence text) onto tokens (document offsets) */
export function placeMentions(
  tokens: Token[],
  mentions: ActorMention[],
  sentenceStart: number,
  sentenceText = '',
): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const m of mentions) {
    const start = m.start + sentenceStart;
    const end = m.end + sentenceStart;
    let ts = -1;
    let te = -1;
    for (const t of tokens) {
      if (ts < 0 && t.end > start) ts = t.i;
      if (t.start < end) te = t.i + 1;
    }
    if (ts < 0 || te <= ts) continue;
    // "non-Western", "anti-American" describe a stance, not an actor; in "Russia-led union" the union acts
    if (/\b(non|anti|pro|post|pre)-$/i.test(sentenceText.slice(Math.max(0, m.start - 5), m.start))) continue;
    // …but "the Saudi-led coalition" fights for the state that leads it
    if (
      tokens[te]?.text === '-' &&
      /^(led|dominated|controlled)$/.test(tokens[te + 1]?.lower ?? '') &&
      !/^(coalition|forces|troops|intervention|campaign|offensive|operation|blockade|group|camp|axis|quartet|bloc)$/.test(
        tokens[te + 2]?.lower ?? '',
      )
    )
      continue;
    placed.push({ ts, te, start, end, text: m.text, actor: m, referent: null, how: m.how });
  }
  const covered = new Set<number>();
  for (const p of placed) for (let k = p.ts; k < p.te; k++) covered.add(k);
  for (const t of tokens) {
    if (covered.has(t.i)) continue;
    const r = t.pos === 'PRON' || t.pos === 'DET' ? PRONOUNS[t.lower] : undefined;
    if (r)
      placed.push({
        ts: t.i,
        te: t.i + 1,
        start: t.start,
        end: t.end,
        text: t.text,
        actor: null,
        referent: r,
        how: 'pronoun',
      });
    // "the latter rejected it": a state named last (or the one before it), not "the former president"
    if (
      /^(latter|former)$/.test(t.lower) &&
      tokens[t.i - 1]?.lower === 'the' &&
      !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[t.i + 1]?.pos ?? '')
    ) {
      placed.push(unresolved(tokens, t.i - 1, t.i + 1, 'thing', t.lower));
      continue;
    }
    // "each side accused the other": "the other" after an "each" pair stands for that pair
    if (
      t.lower === 'other' &&
      tokens[t.i - 1]?.lower === 'the' &&
      !/^(NOUN|PROPN|ADJ|NUM)$/.test(tokens[t.i + 1]?.pos ?? '') &&
      placed.some((x) => x.how === 'definite-description' && /^each\b/i.test(x.text))
    ) {
      placed.push(unresolved(tokens, t.i - 1, t.i + 1, 'pair', 'reciprocal'));
      continue;
    }
    // "accused each other", "blamed one another": the reciprocal stands for the pair that is the subject
    if (
      (t.lower === 'each' && tokens[t.i + 1]?.lower === 'other') ||
      (t.lower === 'one' && tokens[t.i + 1]?.lower === 'another')
    ) {
      placed.push(unresolved(tokens, t.i, t.i + 2, 'pair', 'reciprocal'));
      continue;
    }
    // "the two countries", "both sides": a definite description of the last two states named
    // "…, each accusing the other": a bare "each" after a comma stands for the pair before it
    if (
      t.lower === 'each' &&
      tokens[t.i - 1]?.text === ',' &&
      tokens[t.i + 1]?.pos === 'VERB' &&
      /^(?:accuse|blame|claim|say|insist|deny|charge|call)$/.test(tokens[t.i + 1].lemma)
    ) {
      placed.push(unresolved(tokens, t.i, t.i + 1, 'pair', 'definite-description'));
      continue;
    }
    // "The envoys met in Moscow": a report's envoys and negotiators, with no country named, are the pair's
    if (
      t.lower === 'the' &&
      /^(?:envoys|negotiators|delegations)$/.test(tokens[t.i + 1]?.lower ?? '') &&
      !/^(?:of|from|to|for)$/.test(tokens[t.i + 2]?.lower ?? '') &&
      !covered.has(t.i + 1)
    ) {
      placed.push(unresolved(tokens, t.i, t.i + 2, 'pair', 'definite-description'));
      continue;
    }
    // "the defence ministers of the two sides, A and B, signed": the officials of the pair
    const officialsEnd = t.lower === 'the' ? pairOfficialsEnd(tokens, t.i) : 0;
    if (officialsEnd > 0) {
      placed.push(unresolved(tokens, t.i, officialsEnd, 'pair', 'definite-description'));
      for (let k = t.i; k < officialsEnd; k++) covered.add(k);
      continue;
    }
    // "the Parties held ten rounds of talks": in a legal text the capitalised Parties are the pair in dispute
    if (t.lower === 'the' && tokens[t.i + 1]?.text === 'Parties' && !covered.has(t.i + 1)) {
      placed.push(unresolved(tokens, t.i, t.i + 2, 'pair', 'definite-description'));
      continue;
    }
    if ((t.lower === 'two' && tokens[t.i - 1]?.lower === 'the') || t.lower === 'both' || t.lower === 'each') {
      // "the two foreign ministers", "both neighbouring states": a modifier or two before the head
      let h = t.i + 1;
      while (h - t.i <= 2 && PAIR_MODIFIERS.test(tokens[h]?.lower ?? '')) h++;
      const n = tokens[h];
      if (
        n &&
        (t.lower !== 'each' ||
          /^(side|country|state|government|capital|party|nation|neighbour|neighbor)$/.test(n.lower)) &&
        /^(side|country|state|government|capital|party|nation|neighbour|neighbor|countries|states|sides|nations|governments|capitals|leaders|presidents|neighbours|neighbors|rivals|allies|delegations|koreas|parties|premiers|men|armies|militaries|navies|forces|ministers|presidencies|monarchies|envoys|negotiators|teams|companies|firms|monopolies|utilities)$/.test(
          n.lower,
        )
      ) {
        const first = t.lower === 'two' ? t.i - 1 : t.i;
        placed.push({
          ts: first,
          te: n.i + 1,
          start: tokens[first].start,
          end: n.end,
          text: tokens
            .slice(first, n.i + 1)
            .map((x) => x.text)
            .join(' '),
          actor: null,
          referent: 'pair',
          how: 'definite-description',
        });
      }
    }
  }
  placeGroupDescriptions(tokens, placed, covered);
  return sortIfNeeded(placed, (a, b) => a.ts - b.ts);
}

/** the counts a group description may give, from three up: index + 3 is the size */
const GROUP_WORDS = ['three', 'four', 'five', 'six', 'seven', 'eight'];
const GROUP_COUNT = new RegExp(`^(?:${GROUP_WORDS.join('|')})$`);
const GROUP_HEAD = /^(?:countries|states|governments|capitals|nations|neighbours|neighbors|members|allies)$/;

/**
 * "the four governments", "all three neighbours": a group of states a report named as a list
 * earlier; whom it stands for the coder finds among the lists it has seen
 */
function placeGroupDescriptions(tokens: Token[], placed: PlacedMention[], covered: Set<number>): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!GROUP_COUNT.test(tokens[k].lower) || !/^(?:the|all)$/.test(tokens[k - 1].lower) || covered.has(k))
      continue;
    let h = k + 1;
    while (h - k <= 2 && PAIR_MODIFIERS.test(tokens[h]?.lower ?? '')) h++;
    if (!GROUP_HEAD.test(tokens[h]?.lower ?? '')) continue;
    placed.push(unresolved(tokens, k - 1, h + 1, 'plural', 'group-description'));
  }
}

/** how many states a group description counts ("the four governments" → 4) */
export function groupSize(text: string): number {
  const word = text
    .toLowerCase()
    .split(/\s+/)
    .find((x) => GROUP_COUNT.test(x));
  return word ? GROUP_WORDS.indexOf(word) + 3 : 0;
}

/**
 * `list.sort(compare)`, left alone when already in order, as mention lists mostly are: the sort
 * copies the list and calls `compare` for each pair even then. The sort is stable, so a list in
 * order is what it would return.
 */
export function sortIfNeeded<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return list.sort(compare);
  return list;
}

/** what the resolver found earlier in the document, most recent last */
export class MentionHistory {
  private readonly items: ActorMention[] = [];
  /** where each actor was named; `oblique` is 'by' for the agent after "by" ("an address by Khan") */
  private readonly where: Array<{ sentence: number; oblique: boolean | 'by' }> = [];

  /** `oblique`: named inside a prepositional phrase ("through Kuwait"), which pronouns rarely pick up */
  add(m: ActorMention, sentence = -1, oblique: boolean | 'by' = false): void {
    this.items.push(m);
    this.where.push({ sentence, oblique });
    if (this.items.length > 60) {
      this.items.shift();
      this.where.shift();
    }
  }

  /** whether a speaker's own "I" or "we" was named in that sentence */
  private spokenBy(sentence: number): boolean {
    for (let k = this.items.length - 1; k >= 0 && this.where[k].sentence >= sentence; k--)
      if (this.where[k].sentence === sentence && this.items[k].how === 'speaker') return true;
    return false;
  }

  /** the most recent actor named that meets `pred` */
  latest(pred: (m: ActorMention) => boolean): ActorMention | undefined {
    for (let k = this.items.length - 1; k >= 0; k--) if (pred(this.items[k])) return this.items[k];
    return undefined;
  }

  /** "the latter" is the last state-like actor named, "the former" the one of another country before it */
  ordinal(which: 'latter' | 'former', before: ActorMention[]): ActorMention | null {
    const pool = [...this.items, ...before];
    const seen: ActorMention[] = [];
    for (let k = pool.length - 1; k >= 0 && seen.length < 2; k--) {
      const m = pool[k];
      if (!STATE_LIKE.has(m.type) || !m.country || seen.some((x) => x.country === m.country)) continue;
      seen.push(m);
    }
    return (which === 'latter' ? seen[0] : seen[1]) ?? null;
  }

  /** `speaking`: the sentence's own first-person mentions, whose speaker no pronoun there stands for */
  resolve(
    referent: Referent,
    before: ActorMention[],
    sentence = -1,
    speaking: readonly ActorMention[] = before,
  ): ActorMention[] {
    const pool = [...this.items, ...before];
    // "I told him": whoever says "I" here (named in a speaker's label too) is not "him"
    const selves = new Set(speaking.filter((m) => m.how === 'speaker').map((m) => m.entryId));
    const fits = (m: ActorMention) => compatible(referent, m) && !selves.has(m.entryId);
    if (referent !== 'pair') {
      // the first actor of the sentence is usually its subject, which pronouns mostly follow
      const same = before.find(fits);
      if (same) return [same];
    }
    if (referent !== 'pair' && sentence >= 0) {
      // "The bloc sent its list through Kuwait. It required …": the subject of a sentence just
      // before, never an actor named inside a prepositional phrase
      let k = this.items.length - 1;
      // "Berg was arrested. For two years he sat in Lefortovo. A court convicted him": a person
      // goes on through a sentence that names nobody
      const reach =
        referent === 'person' &&
        k >= 0 &&
        this.where[k].sentence >= 0 &&
        this.where[k].sentence < sentence - 1
          ? 2
          : 1;
      // the sentence just before: if its subject is no actor, "it" stands for something else
      while (k >= 0 && this.where[k].sentence >= 0 && sentence - this.where[k].sentence <= reach) {
        const at = this.where[k].sentence;
        let first: ActorMention | undefined;
        let latest: ActorMention | undefined;
        // "Islamabad's answer came in an address by Imran Khan. He denied …": with no person
        // named outside a prepositional phrase, the one named inside it is whom "he" takes up
        let obliquePerson: ActorMention | undefined;
        // "I spent six hours with Assad. I told him …": with the subject a speaker's "I", the
        // person named last in a prepositional phrase
        let lastOblique: ActorMention | undefined;
        for (; k >= 0 && this.where[k].sentence === at; k--)
          if (!this.where[k].oblique && fits(this.items[k])) {
            first = this.items[k];
            latest ??= this.items[k];
          } else if (referent === 'person' && fits(this.items[k])) {
            if (this.where[k].oblique === 'by') obliquePerson ??= this.items[k];
            lastOblique ??= this.items[k];
          }
        // "Georgian troops shelled the town, and Russian forces crossed the border. They …": a
        // plural follows the subject of the last clause
        const pick =
          referent === 'plural'
            ? latest
            : (first ?? obliquePerson ?? (this.spokenBy(at) ? lastOblique : undefined));
        if (pick) return [pick];
      }
      // "the Libyan Government have accepted responsibility. They have expressed regret": with no
      // plural before, a government or ministry is a body of people, and "they" may be it
      if (referent === 'plural') {
        for (let j = this.items.length - 1; j >= 0 && sentence - this.where[j].sentence <= 1; j--) {
          const m = this.items[j];
          if (
            !this.where[j].oblique &&
            m.how !== 'speaker' &&
            COLLECTIVE_BODY.test(m.text) &&
            m.type === 'government'
          )
            return [m];
        }
      }
      return [];
    }
    if (referent === 'pair') {
      // "an Iranian plot against Israeli tourists": adjectives and prepositional phrases name
      // bystanders more often than the two parties, so they count only when nothing else does
      const main = (k: number) =>
        k >= this.items.length || (!this.where[k].oblique && !(pool[k].how === 'demonym' && !pool[k].plural));
      for (const strict of [true, false]) {
        const out: ActorMention[] = [];
        for (let k = pool.length - 1; k >= 0 && out.length < 2; k--) {
          if (strict && !main(k)) continue;
          const statelike =
            pool[k].type === 'state' || PERSON_TYPES.has(pool[k].type) || pool[k].type === 'government';
          if (statelike && pool[k].country && !out.some((o) => o.country === pool[k].country))
            out.unshift(pool[k]);
        }
        if (out.length === 2) return out;
      }
      return [];
    }
    for (let k = pool.length - 1; k >= 0; k--) if (fits(pool[k])) return [pool[k]];
    return [];
  }
}

const PLURAL_AGENTS =
  /(officials|leaders|forces|troops|authorities|diplomats|commentators|governments|ians|ese|s)$/i;

/** bodies British usage treats as plural: "the Government have decided" */
const COLLECTIVE_BODY = /\b(?:[Gg]overnment|[Mm]inistry|[Cc]abinet|[Aa]dministration)$/;

const PLURAL_NAME = /\b(?:Guards|Forces|Brigades|Houthis|Rebels|Militias|Fighters|Mujahideen)$/;

function compatible(referent: Referent, m: ActorMention): boolean {
  // "I told him", "we asked them": a speaker's own "I" or "we" is never what "he" or "they" takes up
  if (m.how === 'speaker') return false;
  const isPerson = isPersonMention(m);
  if (referent === 'person') return isPerson;
  // "Turkish suppliers": an adjective names no antecedent for "it"
  // ("Athens", "the United States", "the Philippines" end in s but are one)
  if (referent === 'thing')
    return (
      !isPerson &&
      m.type !== 'region' &&
      !(/s$/i.test(m.text) && (m.how === 'demonym' || m.how === 'agent' || m.plural)) &&
      !(m.how === 'demonym' && !m.plural)
    );
  // "they" mostly stands for a people or a government named by a plural ("the Russians")
  if (referent === 'plural')
    return (
      !isPerson &&
      (((m.how === 'demonym' || m.how === 'agent') && PLURAL_AGENTS.test(m.text) && /s$/i.test(m.text)) ||
        // "the Revolutionary Guards say they …": a body whose own name is a plural
        (m.how === 'name' && PLURAL_NAME.test(m.text)))
    );
  return false;
}
