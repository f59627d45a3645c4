/**
 * "The White House called the sinking an act of aggression", "Tokyo condemned the shelling": a
 * definite noun for an act the report told sentences before, with a verb ("North Korea sank the
 * corvette") or a noun ("the attack on Yeonpyeong"). The judgement aims at whoever did that act,
 * not at the party named last.
 * @module
 */
import { type Analysis, isNpToken } from '../nlp/index.js';

const DETERMINERS = /^(?:the|this|that|these|those)$/;
/** acts of two parties: "welcomed the agreement" judges both, not one doer */
const JOINT_ACT_NOUNS =
  /^(?:agreement|accord|deal|pact|treaty|talk|talks|summit|meeting|alliance|partnership|rapprochement|normalisation|normalization|exercise|negotiation|cooperation|dialogue)$/;
/** act nouns whose verb the prefix rule below cannot find */
const IRREGULAR_NOUNS = new Map<string, string>([
  ['expulsion', 'expel'],
  ['detention', 'detain'],
  ['seizure', 'seize'],
  ['shootdown', 'shoot'],
  ['destruction', 'destroy'],
  ['sale', 'sell'],
  ['flight', 'fly'],
  ['incursion', 'enter'],
]);
/** nouns that name any act of a kind, whatever verb told it ("arrived in Taipei" … "the visit") */
const KIND_NOUNS = new Map<string, RegExp>([
  ['visit', /^04[23]/],
  ['trip', /^04[23]/],
  ['journey', /^04[23]/],
  ['attack', /^(?:18|19|20)/],
  ['assault', /^(?:18|19|20)/],
  ['aggression', /^(?:18|19|20)/],
  ['offensive', /^19/],
]);
const DERIVING_SUFFIX = /(?:ion|ions|ment|ments|ure|al|ing|ings)$/;
/** the least a derived noun and its verb share from their first letter ("inva-sion", "inva-de") */
const SHARED_STEM = 4;

/**
 * The lemma of a definite act noun heading the object after the verb at `trigger` ("called the
 * sinking"; "condemned this week's shelling" is not definite), else null
 */
export function definiteActNoun(a: Analysis, trigger: number): string | null {
  const t = a.tokens;
  for (let k = trigger + 1; k < t.length && k <= trigger + 4; k++) {
    if (t[k].pos === 'NOUN') {
      let j = k - 1;
      while (j > trigger && t[j].pos === 'ADJ') j--;
      return DETERMINERS.test(t[j].lower) && !JOINT_ACT_NOUNS.test(t[k].lemma) ? t[k].lemma : null;
    }
    if (!isNpToken(t, k)) return null;
  }
  return null;
}

/**
 * Whether `noun` names the act of `code` a trigger of `lemma` told ("sinking" → sink, "invasion"
 * → invade, "the visit" → any visit)
 */
export function nounNamesAct(noun: string, lemma: string, code: string): boolean {
  if (noun === lemma || KIND_NOUNS.get(noun)?.test(code)) return true;
  const irregular = IRREGULAR_NOUNS.get(noun);
  if (irregular) return irregular === lemma;
  if (!DERIVING_SUFFIX.test(noun)) return false;
  let shared = 0;
  while (shared < noun.length && shared < lemma.length && noun[shared] === lemma[shared]) shared++;
  // "shelling" and "shell" share the whole verb; "invasion" and "invade" all but its last letters
  return shared === lemma.length || (shared >= SHARED_STEM && shared >= lemma.length - 2);
}
