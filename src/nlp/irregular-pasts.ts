/**
 * "Ethiopian and Cuban forces retook Jijiga": the lite tagger does not know rarer irregular pasts
 * ("retook", "overran", "forsook") and reads one right after a plural subject as the last noun of
 * a compound. Such a form, standing between a subject that opens the clause and the start of an
 * object, is the clause's verb; its lemma is the base the irregular-verb table gives. So is one
 * right after the perfect's "had" ("had retaken the town").
 * @module
 */
import { opensClause } from './finite-presents.js';
import { irregularBases } from './irregular-verbs.js';
import type { Token } from './tokens.js';

/** pasts that are also everyday nouns, which a compound may really end with ("the army ground forces") */
const ALSO_NOUNS = new Set([
  'ground',
  'wound',
  'saw',
  'rose',
  'fell',
  'lay',
  'bore',
  'bound',
  'spoke',
  'felt',
  'lit',
  'bit',
  'left',
  'found',
  'sank',
  'hung',
]);
/** what may open an object: a name, a determiner, a number or an object pronoun */
const OBJECT_START = new Set(['PROPN', 'DET', 'NUM', 'PRON']);

/** "had retaken", "has meanwhile overtaken": the perfect's auxiliary, an adverb at most before the form */
function afterPerfectAuxiliary(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (tokens[j]?.pos === 'ADV') j--;
  return tokens[j]?.pos === 'AUX' && tokens[j].lemma === 'have';
}

export function retagIrregularPasts(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') || !/^[a-z]{4,}$/.test(t.text)) continue;
    const base = irregularBases().get(t.lower);
    if (base === undefined || ALSO_NOUNS.has(t.lower)) continue;
    // a participle the model does not know, after "had": the perfect tells the verb whatever follows
    if (afterPerfectAuxiliary(tokens, k)) {
      t.pos = 'VERB';
      t.lemma = base;
      continue;
    }
    if (t.pos === 'ADJ') continue;
    const before = tokens[k - 1];
    const subject =
      before.pos === 'PROPN' ||
      (before.pos === 'NOUN' && before.lemma !== before.lower && /s$/.test(before.lower));
    if (!subject || !OBJECT_START.has(tokens[k + 1].pos) || !opensClause(tokens, k)) continue;
    t.pos = 'VERB';
    t.lemma = base;
  }
  return tokens;
}

/**
 * "overthrew", "shot" read as a verb: the lite model, or a retagging rule, leaves the form as its
 * own lemma; the patterns name the base
 */
export function lemmatiseIrregularVerbs(tokens: Token[]): Token[] {
  for (const t of tokens) {
    if (t.pos !== 'VERB' || t.lemma !== t.lower) continue;
    const base = irregularBases().get(t.lower);
    if (base !== undefined) t.lemma = base;
  }
  return tokens;
}
