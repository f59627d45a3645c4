/**
 * Chronologies, headlines and wire copy tell events in the present ("Abiy flies to Asmara",
 * "Tokyo protests to Seoul", "the two leaders sign a declaration"). The lite tagger has mostly
 * seen such words as plural nouns and tags a present verb right after a name as NOUN. A word
 * that stands where the clause's verb must be — right after a subject that opens the clause, with
 * no other finite verb in the clause, before an object or a preposition — is retagged VERB.
 * "US sanctions on Iran hurt trade" keeps its noun: its clause has another verb.
 * @module
 */
import type { Token } from './tokens.js';

const OBJECT_POS = new Set(['PROPN', 'DET', 'ADP', 'PRON', 'NUM', 'ADJ', 'SCONJ']);
const SUBJECT_PRONOUNS = /^(?:it|they|he|she|we)$/;
const CLAUSE_BREAK = /^[,;:()—–-]$/;

/** what a clause-opening subject phrase may hold: "An Eritrean delegation led by Foreign Minister Osman Saleh" */
const SUBJECT_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);

/** a fronted time ("That afternoon Thai troops move …") opens the clause like a comma would */
const TIME_NOUN =
  /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|spring|summer|autumn|winter|fall)$/;

/** whether the words before `k` back to a clause break hold only a subject phrase */
export function opensClause(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (CLAUSE_BREAK.test(t.text) || t.pos === 'SCONJ') return true;
    if (
      TIME_NOUN.test(t.lower) &&
      j > 0 &&
      /^(?:that|this|the|next|same|following)$/.test(tokens[j - 1].lower)
    )
      return true;
    // "Four days later Saudi aircraft shot down …": a fronted span of time opens the clause
    if (
      /^(?:later|earlier|afterwards|ago)$/.test(t.lower) &&
      /^(?:days?|weeks?|months?|years?|hours?|minutes?)$/.test(tokens[j - 1]?.lower ?? '')
    )
      return true;
    if (SUBJECT_PHRASE.has(t.pos)) continue;
    // "its air force shot down …": a possessive opens the subject phrase as an article does
    if (t.pos === 'PRON' && /^(?:its|their|his|her|our)$/.test(t.lower)) continue;
    // "U.S.": a full stop glued inside a name
    if (t.text === '.' && tokens[j - 1]?.end === t.start) continue;
    // "of", and "by" after a participle ("a delegation led by …"), stay inside the subject
    if (
      t.pos === 'ADP' &&
      (t.lower === 'of' || (t.lower === 'by' && /(?:ed|led|en)$/.test(tokens[j - 1]?.lower ?? '')))
    )
      continue;
    if (t.pos === 'VERB' && tokens[j + 1]?.lower === 'by') continue;
    // "On 23 July 2017 an Israeli guard shot …": a fronted date opens the clause
    if (
      t.pos === 'ADP' &&
      /^(?:on|in|at|by)$/.test(t.lower) &&
      /^(?:\d|[A-Z][a-z]+$)/.test(tokens[j + 1]?.text ?? '') &&
      /\d/.test(
        tokens
          .slice(j + 1, j + 4)
          .map((x) => x.text)
          .join(' '),
      )
    )
      return true;
    // "fact-finding", "peace-keeping": a hyphened participle is part of its noun
    if (t.pos === 'VERB' && tokens[j - 1]?.text === '-' && tokens[j - 1].end === t.start) {
      j -= 2;
      continue;
    }
    return false;
  }
  return true;
}

function laterFiniteVerb(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (CLAUSE_BREAK.test(t.text) || t.text === '.' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB' || /ing$/.test(t.lower) || tokens[j - 1]?.lower === 'to') continue;
    // a participle after the object belongs to it ("a fund financed by …")
    if (/(?:ed|en)$/.test(t.lower) && tokens[j + 1]?.lower === 'by') continue;
    return true;
  }
  return false;
}

const DESCRIPTION_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'PART', 'NUM']);

/**
 * Where the subject ends when a comma stands before the verb: "the UAE, which brought the sides
 * together, hosts …" and "Abiy, Isaias and Somalia's president, Mohamed Farmajo, sign …" put a
 * relative clause or an apposition between the subject and its verb; -1 when neither does.
 */
function subjectBeforeAside(tokens: Token[], k: number): number {
  if (tokens[k - 1]?.text !== ',') return -1;
  for (let j = k - 2; j > 0 && j >= k - 16; j--) {
    if (tokens[j].text !== ',') continue;
    const aside = tokens.slice(j + 1, k - 1);
    const relative = /^(?:which|who)$/.test(aside[0]?.lower ?? '');
    const apposition = aside.length > 0 && aside.every((x) => x.pos === 'PROPN' || x.pos === 'PART');
    // "Pham Van Dong, the Vietnamese premier, visits …": a description in apposition
    const description =
      aside.length >= 2 &&
      aside.length <= 8 &&
      /^(?:the|a|an)$/.test(aside[0].lower) &&
      aside.slice(1).every((x) => DESCRIPTION_POS.has(x.pos) || x.lower === 'of');
    // "Chinese forces, perhaps 200,000 strong, attack …": a force's size
    const size = aside.length >= 2 && aside.length <= 5 && aside.at(-1)?.lower === 'strong';
    return relative || apposition || description || size ? j - 1 : -1;
  }
  return -1;
}

/** irregular pasts that are also nouns, which the lite tagger reads as nouns after a noun */
const IRREGULAR_PASTS = new Set([
  'shot',
  'hit',
  'cut',
  'struck',
  'fought',
  'sought',
  'held',
  'met',
  'sent',
  'led',
  'won',
  'lost',
  'set',
  'shut',
  'beat',
]);
const OBJECT_OR_PARTICLE = new Set([...OBJECT_POS, 'ADV', 'NOUN', 'PART']);

/** adjectives the lite tagger gives a present verb: "Abiy and Isaias open a third crossing" */
const VERB_LIKE_ADJECTIVES = new Set(['open', 'free']);

/** plural subjects the tagger reads as such: "police arrest", "troops exchange fire" */
const COLLECTIVE = /^(?:police|military|militia|army|navy|government|people|personnel|aircraft)$/;

/** a gerund ("for passing details") or a name the tagger took for a verb ("the Ta Moan temple") is no finite verb */
function isFiniteVerb(t: Token, k: number): boolean {
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB') return false;
  if (/ing$/.test(t.lower)) return false;
  return k === 0 || !/^[A-Z]/.test(t.text);
}

/**
 * "Thai and Cambodian troops exchange rifle fire", "Cambodian police arrest a Thai engineer": a
 * clause with no verb at all has one the tagger missed, and after a plural subject that opens the
 * clause the bare word standing first after it is that verb.
 */
function retagVerblessClause(tokens: Token[]): void {
  let start = 0;
  for (let end = 0; end <= tokens.length; end++) {
    if (end < tokens.length && !/^[.;:]$/.test(tokens[end].text)) continue;
    const clause = tokens.slice(start, end);
    start = end + 1;
    if (clause.some(isFiniteVerb)) continue;
    for (let k = 1; k < clause.length - 1; k++) {
      const t = clause[k];
      const before = clause[k - 1];
      // "AU fact-finding team visits Djibouti": a third-person -s form after a singular head whose
      // phrase names an actor
      if (
        t.pos === 'NOUN' &&
        /^[a-z]{3,}s$/.test(t.text) &&
        t.lemma !== t.lower &&
        // "the Vietnamese premier visits": a title the tagger read as an adjective after a demonym
        (before.pos === 'NOUN' || (before.pos === 'ADJ' && clause[k - 2]?.pos === 'PROPN')) &&
        before.lemma === before.lower &&
        !/s$/.test(before.lower) &&
        // "a Chinese cutter fires its water cannon": a possessive may open the object too
        (clause[k + 1].pos === 'PROPN' ||
          clause[k + 1].pos === 'DET' ||
          /^(?:its|their|his|her)$/.test(clause[k + 1].lower)) &&
        clause.slice(0, k - 1).some((x) => x.pos === 'PROPN') &&
        opensClause(tokens, before.i + 1)
      ) {
        t.pos = 'VERB';
        break;
      }
      // "In 2019 Sri Lanka apprehended 210 fishermen": a past the tagger took for an adjective, right
      // after a name that opens a clause with no other verb, before its object
      if (
        t.pos === 'ADJ' &&
        /^[a-z]{4,}ed$/.test(t.text) &&
        before.pos === 'PROPN' &&
        OBJECT_OR_PARTICLE.has(clause[k + 1].pos) &&
        clause[k + 1].pos !== 'NOUN' &&
        opensClause(tokens, before.i + 1)
      ) {
        t.pos = 'VERB';
        break;
      }
      // "an Israeli embassy guard shot dead two Jordanians": an irregular past the tagger took for
      // a noun, right after the subject that opens the clause
      if (
        t.pos === 'NOUN' &&
        IRREGULAR_PASTS.has(t.text) &&
        (before.pos === 'NOUN' || before.pos === 'PROPN') &&
        OBJECT_OR_PARTICLE.has(clause[k + 1].pos) &&
        opensClause(tokens, before.i + 1)
      ) {
        t.pos = 'VERB';
        break;
      }
      if (t.pos !== 'NOUN' || !/^[a-z]{3,}$/.test(t.text) || /s$/.test(t.lower)) continue;
      const plural =
        before.pos === 'NOUN' &&
        ((/s$/.test(before.lower) && before.lemma !== before.lower) || COLLECTIVE.test(before.lower));
      if (!plural || !opensClause(tokens, before.i + 1)) continue;
      const after = clause[k + 1];
      if (!OBJECT_POS.has(after.pos) && after.pos !== 'NOUN' && after.pos !== 'ADV') continue;
      t.pos = 'VERB';
      break;
    }
  }
}

/**
 * "Sok An", "Hor Namhong": a capitalised function word inside a run of names is part of the name
 * ("An" is no article there), so the verb after it follows a name.
 */
function retagNameParts(tokens: Token[]): void {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!NAME_PART_POS.has(t.pos) || !/^[A-Z][a-z]+$/.test(t.text)) continue;
    const before = tokens[k - 1];
    if (before.pos !== 'PROPN' || before.end !== t.start - 1) continue;
    if (/^[A-Z]/.test(tokens[k + 1].text)) continue;
    t.pos = 'PROPN';
  }
}
const NAME_PART_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ']);

const PAIR_SUBJECT_POS = new Set(['PROPN', 'ADJ', 'NOUN', 'PART', 'DET', 'NUM']);

/** "Thai Foreign Minister Noppadon Pattama and Cambodian Deputy Prime Minister Sok An sign …" */
function coordinatedSubject(tokens: Token[], end: number): boolean {
  for (let j = end; j >= 0 && j >= end - 14; j--) {
    const t = tokens[j];
    if (t.pos === 'CCONJ') return (t.lower === 'and' || t.lower === '&') && !agentPhraseBefore(tokens, j);
    if (!PAIR_SUBJECT_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * "An Eritrean delegation led by Foreign Minister Osman Saleh and adviser Yemane Gebreab lands …":
 * the pair after "led by" is the agent of a participle inside a singular subject
 */
function agentPhraseBefore(tokens: Token[], and: number): boolean {
  for (let j = and - 1; j >= 1 && j >= and - 8; j--) {
    const t = tokens[j];
    if (t.lower === 'by' || t.lower === 'with') return tokens[j - 1].pos === 'VERB';
    if (!PAIR_SUBJECT_POS.has(t.pos)) return false;
  }
  return false;
}

/** a present the tagger read as a verb: not a participle, not a gerund */
function isPresentVerb(t: Token): boolean {
  return t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.lower);
}

/**
 * "Khmer Rouge troops cross into the province and attack villages", "Hanoi proposes talks and
 * offers a ceasefire": the second verb of a coordinated predicate in the present, which the tagger
 * reads as a noun after "and". It must take the first verb's form (both bare, or both third-person
 * -s) and stand before an object's start, so "signs a treaty and trade deals" keeps its noun.
 */
function retagCoordinatedPresents(tokens: Token[]): void {
  for (let k = 2; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || tokens[k - 1].lower !== 'and' || !/^[a-z]{3,}$/.test(t.text)) continue;
    const after = tokens[k + 1];
    // "condemns the invasion and demands that Iraq withdraw": a verb of saying before its clause
    const sayingThat = after.lower === 'that' && THAT_CLAUSE_VERBS.has(t.lemma);
    if (!COORDINATED_OBJECT_POS.has(after.pos) && !/^(?:its|their|his|her)$/.test(after.lower) && !sayingThat)
      continue;
    let verb: Token | null = null;
    for (let j = k - 2; j >= 0; j--) {
      const x = tokens[j];
      if (/^[.;:]$/.test(x.text) || x.pos === 'SCONJ') break;
      if (isPresentVerb(x)) {
        verb = x;
        break;
      }
    }
    if (!verb) continue;
    const thirdPerson = (x: Token) => /[a-z]s$/.test(x.lower) && x.lemma !== x.lower;
    const bare = (x: Token) => x.lemma === x.lower;
    if ((thirdPerson(verb) && thirdPerson(t)) || (bare(verb) && bare(t))) t.pos = 'VERB';
  }
}
const COORDINATED_OBJECT_POS = new Set(['DET', 'PROPN', 'NUM']);
/** verbs whose noun twin may stand before "that" only as the verb ("demands that", "warns that") */
const THAT_CLAUSE_VERBS = new Set([
  'demand',
  'insist',
  'warn',
  'state',
  'announce',
  'declare',
  'stress',
  'reiterate',
  'affirm',
  'decide',
  'request',
  'note',
  'claim',
]);

/** what a verb of motion or action takes right after it, where a noun compound would not go on */
const AFTER_BARE_VERB =
  /^(?:into|across|onto|toward|towards|against|over|through|the|a|an|two|three|several)$/;
/** endings of nouns that never read as a bare present verb */
const NOUN_ENDING = /(?:ment|tion|sion|ence|ity|ness|ship|al|ure|ade|age)$/;

/**
 * "1973 — Libyan troops move into the Aouzou Strip and build an airstrip": the bare present after a
 * plural subject head that opens the clause, before a preposition of motion or an article, which
 * the tagger read as a noun of a compound. The second predicate's verb does not bar it.
 */
function retagPluralSubjectPresent(tokens: Token[]): void {
  for (let k = 2; k < tokens.length - 1; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (t.pos !== 'NOUN' || !/^[a-z]{3,}$/.test(t.text) || t.lemma !== t.lower || NOUN_ENDING.test(t.lower))
      continue;
    const pluralHead =
      before.pos === 'NOUN' &&
      ((/s$/.test(before.lower) && before.lemma !== before.lower) || COLLECTIVE.test(before.lower));
    if (!pluralHead || !AFTER_BARE_VERB.test(tokens[k + 1].lower)) continue;
    // the subject phrase names someone: a demonym or a name before its head
    if (!tokens.slice(Math.max(0, k - 4), k - 1).some((x) => x.pos === 'PROPN')) continue;
    if (!opensClause(tokens, k - 1) || laterFiniteVerb(tokens, k)) continue;
    t.pos = 'VERB';
  }
}

export function retagFinitePresents(tokens: Token[]): Token[] {
  retagNameParts(tokens);
  retagVerblessClause(tokens);
  retagCoordinatedPresents(tokens);
  retagPluralSubjectPresent(tokens);
  let found = false;
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!/^[a-z]{3,}$/.test(t.text)) continue;
    if (t.pos !== 'NOUN' && !(t.pos === 'ADJ' && VERB_LIKE_ADJECTIVES.has(t.lower))) continue;
    const after = tokens[k + 1];
    if (!OBJECT_POS.has(after.pos)) continue;
    const aside = subjectBeforeAside(tokens, k);
    const end = aside >= 0 ? aside : k - 1;
    const before = tokens[end];
    const pronounSubject = aside < 0 && before.pos === 'PRON' && SUBJECT_PRONOUNS.test(before.lower);
    if (before.pos !== 'PROPN' && !pronounSubject && !(aside >= 0 && before.pos === 'NOUN')) continue;
    // a third-person -s form after one name or "it/he/she"; the bare form after a coordinated pair
    // "Chinese forces, perhaps 200,000 strong, attack …": a plural noun before an aside
    const pluralHead =
      aside >= 0 && before.pos === 'NOUN' && /s$/.test(before.lower) && before.lemma !== before.lower;
    const plural = coordinatedSubject(tokens, end) || before.lower === 'they' || pluralHead;
    if (!plural && !/[a-z]s$/.test(t.lower)) continue;
    if (plural && /s$/.test(t.lower) && t.lemma !== t.lower) continue;
    if (!pronounSubject && !opensClause(tokens, end + 1)) continue;
    if (laterFiniteVerb(tokens, k)) continue;
    t.pos = 'VERB';
    found = true;
  }
  // "the Council guarantees the border and demands that …": a first verb found only just now
  // makes the second one after "and" a verb too
  if (found) retagCoordinatedPresents(tokens);
  return tokens;
}
