/**
 * Whether a candidate event happened as stated: negation ("not once did", "refrained from",
 * "there was no … response", "failed to", "never"), modality ("might", "could", "if"), and
 * attribution ("the Iranians believed", "were seen by X as").
 * Cues count only inside the trigger's own clause, so "Not even the tensions that followed
 * X's intervention…" leaves the intervention itself positive.
 * @module
 */
import { type Analysis, clauseAt, type Token } from '../nlp/index.js';

/**
 * The lower-cased words of tokens [from, to), joined by single spaces, as slice, map and join made
 * them: built by a loop, since the arrays map made were of several element kinds (empty, holey),
 * and each new kind met at the join made V8 throw polarityOf's compiled code away
 */
function lowerWords(t: Analysis['tokens'], from: number, to: number): string {
  const end = Math.min(to, t.length);
  let out = '';
  for (let k = from; k < end; k++) out = k === from ? t[k].lower : `${out} ${t[k].lower}`;
  return out;
}

export interface Polarity {
  negated: boolean;
  hypothetical: boolean;
  cues: string[];
  /** token index of the verb that attributes the event to someone ("believed", "seen") */
  attributionVerb: number | null;
  /** "did not recognise Togo until 1995": the act came at the time "until" names */
  cameUntil: boolean;
}

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'hardly',
  'barely',
  'nor',
  'neither',
  'without',
  'little',
  'none',
]);
const NEGATIVE_VERBS = new Set([
  'refrain',
  'fail',
  'decline',
  'avoid',
  'neglect',
  'cease',
  'refuse',
  'stop',
  'halt',
]);
/** a correction's opening: "an earlier version of this article said", "a previous version wrongly stated" */
const RETRACTED =
  /\b(?:an?|the)\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:blog|article|story|report|post|page|piece|entry|update)\s+(?:\w+\s+){0,2}(?:said|stated|reported|claimed|suggested|misstated)\b/;
/** "Serbia's refusal to recognise Kosovo", "Seoul's failure to accept arbitration": the act is not done */
const NEGATIVE_NOUNS = new Set(['refusal', 'failure', 'reluctance', 'unwillingness']);
/** the auxiliary that opens a yes/no question */
const YES_NO_OPENER =
  /^(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could|should|shall|may|might|must)$/;
/** verbs whose complement names an act wanted of someone, not an act done: "required X to sever …" */
const DEMAND_VERBS = new Set([
  'demand',
  'require',
  'insist',
  'urge',
  'ask',
  'press',
  'call',
  'request',
  'want',
  'expect',
  'condition',
  'pressure',
  'push',
  'invite',
  'encourage',
  'persuade',
  'suggest',
  'propose',
  'recommend',
  // "an agreement which stipulated Moscow to end all sales": an obligation is not yet an act
  'stipulate',
  'oblige',
  'obligate',
]);
/** verbs whose object names an act asked for: "requested a meeting", "sought talks", "proposed a summit" */
const REQUESTING_VERBS = new Set([
  'request',
  'seek',
  'propose',
  'suggest',
  'demand',
  'want',
  'ask',
  'encourage',
  'urge',
  'promote',
  'foster',
]);
const MODALS = new Set(['might', 'could', 'would', 'may', 'should', 'must', 'shall']);
const SPECULATION = new Set([
  'possible',
  'possibly',
  'potential',
  'potentially',
  'perhaps',
  'likely',
  'unlikely',
  'hypothetical',
  'whether',
]);
const PURPOSE_NOUNS = new Set([
  'plan',
  'intention',
  'attempt',
  'effort',
  'goal',
  'bid',
  'aim',
  'proposal',
  'ambition',
  'way',
  'opportunity',
  'willingness',
  'readiness',
  'invitation',
  'authority',
]);
/** what another party puts to one, with its author named before the infinitive: "an offer from Washington to …" */
const AUTHORED_PURPOSE = new Set([...PURPOSE_NOUNS, 'offer', 'suggestion', 'request', 'demand', 'idea']);
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
/** verbs whose object, an act, is kept from happening */
const BLOCKING = /^(?:block|veto|prevent|thwart|obstruct|stall|scupper|torpedo|derail|stymie|forestall)$/;
const PREVENTING = /^(?:stop|prevent|bar|block|keep|deter|dissuade|restrain|prohibit|forbid|ban)$/;
const FORESEEN =
  /^(?:planned|proposed|scheduled|mooted|intended|prospective|envisaged|projected|would-be|upcoming|forthcoming)$/;
const PUT_OFF =
  /^(?:[^;]*?\s)?(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+|again\s+|then\s+)?(?:postponed|cancell?ed|called off|put off|delayed|scrapped|shelved|deferred)\b/;
const NON_EVENT_AFTER = new Set(['materialize', 'materialise', 'happen', 'occur', 'take', 'come']);
const ATTRIBUTION_VERBS = new Set([
  'believe',
  'think',
  'claim',
  'allege',
  'suspect',
  'fear',
  'see',
  'perceive',
  'consider',
  'view',
  'argue',
  'assert',
  'insist',
  'contend',
  'suggest',
]);

/** verbs and adjectives whose infinitive is an act promised or intended, not done */
const UNDERTAKING = new Set([
  'agree',
  'promise',
  'pledge',
  'vow',
  'plan',
  'intend',
  'hope',
  'want',
  'wish',
  'seek',
  'offer',
  'propose',
  'aim',
  'expect',
  'undertake',
  'ready',
  'willing',
  'prepared',
  'eager',
  'keen',
]);

/** the "to" of the infinitive whose verb is `trigger` (adverbs may stand between), else -1 */
/**
 * the purpose noun the infinitive at `to` completes: right before it ("a plan to brief"), or
 * before its author ("an offer from Washington to send troops"); -1 when none
 */
function purposeNounBefore(t: Analysis['tokens'], to: number): number {
  if (PURPOSE_NOUNS.has(t[to - 1]?.lemma ?? '')) return to - 1;
  let k = to - 1;
  while (k >= 0 && to - k <= 5 && /^(?:PROPN|NOUN|DET|ADJ)$/.test(t[k].pos)) k--;
  if (k === to - 1 || !/^(?:from|by)$/.test(t[k]?.lower ?? '')) return -1;
  const noun = t[k - 1];
  return noun?.pos === 'NOUN' && AUTHORED_PURPOSE.has(noun.lemma) ? k - 1 : -1;
}

function infinitiveTo(t: Analysis['tokens'], trigger: number): number {
  let k = trigger - 1;
  while (k >= 0 && t[k].pos === 'ADV') k--;
  return t[k]?.lower === 'to' ? k : -1;
}

/**
 * The word that undertakes the infinitive holding `trigger` ("agreed to set up a commission and to
 * meet again" reaches back over the first infinitive), else null. A finite verb of another kind
 * between them ends the search.
 */
function undertakingBefore(t: Analysis['tokens'], trigger: number): number | null {
  const k = infinitiveTo(t, trigger);
  if (k < 0) return null;
  for (let j = k - 1; j >= 0 && trigger - j <= 24; j--) {
    const w = t[j];
    if (w.text === ';' || w.text === '.' || w.text === ':' || w.pos === 'SCONJ') return null;
    if (UNDERTAKING.has(w.lemma) || UNDERTAKING.has(w.lower)) {
      let n = j + 1;
      while (t[n]?.pos === 'ADV') n++;
      if (t[n]?.lower === 'to') return j;
    }
    // a finite verb of its own, not one infinitive in a chain of them
    if ((w.pos === 'VERB' || w.pos === 'AUX') && t[j - 1]?.lower !== 'to' && !UNDERTAKING.has(w.lemma)) {
      if (
        w.pos === 'AUX' &&
        /^(?:be|is|are|was|were|been)$/.test(w.lower) &&
        UNDERTAKING.has(t[j + 1]?.lower ?? '')
      )
        continue;
      return null;
    }
  }
  return null;
}

/**
 * where "Should X …", "Were X to …", "Had X not …" opens a statement (a question ends in "?"), as
 * the index of that word; -1 if none
 */
function invertedCondition(t: Analysis['tokens']): number {
  // a quotation may open on the condition: "\"Were Myanmar to send soldiers across, it would …\""
  let first = 0;
  while (/^["“‘'(]$/.test(t[first]?.text ?? '')) first++;
  if (!/^(?:Should|Were|Had)$/.test(t[first]?.text ?? '') || t.at(-1)?.text === '?') return -1;
  const next = t[first + 1];
  if (!next || !/^(?:DET|PROPN|PRON|NOUN|ADJ)$/.test(next.pos)) return -1;
  return t.some((x, k) => k > first + 1 && x.text === ',') ? first : -1;
}

const PROVIDING = new Set(['provide', 'call', 'allow']);
const ENVISAGING = new Set(['envisage', 'envision', 'foresee', 'contemplate']);
const CHARGING_OF = /^(?:accuse|blame|charge|suspect|condemn|criticize|criticise)$/;

/** a subject and "to" + the trigger with no finite verb before: "Ghana to reopen embassy in Lome" */
function headlineFuture(t: Analysis['tokens'], trigger: number): boolean {
  const k = infinitiveTo(t, trigger);
  if (k <= 0) return false;
  const before = t.slice(0, k);
  return (
    before.some((x) => x.pos === 'PROPN' || x.pos === 'NOUN') &&
    before.every((x) => x.pos !== 'VERB' && x.pos !== 'AUX' && x.text !== ',' && x.text !== ';')
  );
}

/** "in May", "By May Russian troops…": the month, not the modal */
/** "in May", "MAY 3 -" (a chronology's stamp): the month, not the modal */
function isMonthMay(t: Analysis['tokens'], k: number): boolean {
  const tok = t[k];
  if (tok.text === 'may') return false;
  return (tok.text === 'May' && k > 0) || t[k + 1]?.pos === 'NUM';
}

/** "it was not X that …", "it is not Y who …" before the trigger, its "that" within reach */
function clefted(t: Analysis['tokens'], trigger: number): boolean {
  for (let k = Math.max(0, trigger - 12); k + 3 < trigger; k++) {
    if (t[k].lower !== 'it' || !/^(?:was|is|'s)$/.test(t[k + 1].lower)) continue;
    // "it was not until 2019 that Moscow released him" says when, and that it did
    if (!/^(?:not|never|n't)$/.test(t[k + 2].lower) || t[k + 3].lower === 'until') continue;
    for (let j = k + 3; j < trigger; j++) if (/^(?:that|who)$/.test(t[j].lower)) return true;
  }
  return false;
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', "wasn't", "weren't", "isn't"]);
const OBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NUM']);

/**
 * "the United States was not involved in the operation and urged Iran to stop": a past verb with
 * its own object after "and" cannot share the passive or copular "was not" before it, so it starts
 * a predicate of its own that the negation does not reach ("has not signed and ratified the
 * treaty" shares "has", and stays negated)
 */
function newActivePredicate(t: Token[], trigger: number, from: number): boolean {
  if (!/ed$/.test(t[trigger].lower) || !OBJECT_START.has(t[trigger + 1]?.pos ?? '')) return false;
  for (let k = trigger - 2; k >= from; k--) {
    if (!NEGATORS.has(t[k].lower)) continue;
    return BE_FORMS.has(t[k - 1]?.lower ?? '');
  }
  return false;
}

/** a closing clause that takes back the acts before it: "; it did neither", ", but it never did" */
/** "… until 1991", "… until the following March", "… until after the election" */
const NOT_UNTIL_TIME =
  /^(?:[^,;]+ )?(?:until|till) (?:\d{4}\b|(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|the (?:following|next|end|spring|summer|autumn|fall|winter)\b|after\b|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/;
const DENIED_AFTER =
  /(?:^|[;,:—–] (?:but |and )?)(?:it|they|he|she|neither side|neither government|none of them) (?:did|has done|have done|had done) neither\b|(?:^|[;,:—–] )(?:but |and )?(?:it|they|he|she) (?:never did|did not|did no such thing|didn't)(?: so| either)? ?[.!]?$/;

export function polarityOf(a: Analysis, trigger: number, last: number, nominal: boolean): Polarity {
  const t = a.tokens;
  const clause = clauseAt(a.clauses, trigger);
  const cues: string[] = [];
  let negated = false;
  let hypothetical = false;
  let cameUntil = false;
  const from = Math.max(clause.start, trigger - 9);
  for (let k = trigger - 1; k >= from; k--) {
    const w = t[k].lower;
    if (w === ',' && !negated) break;
    if (k === trigger - 1 && w === 'and' && newActivePredicate(t, trigger, from)) break;
    // "chose not to attend and instead concluded a treaty": what was done instead is done
    if (w === 'instead' && k === trigger - 1 && t[k + 1]?.lower !== 'of') break;
    if (NEGATORS.has(w)) {
      // "not only … but" adds rather than denies; "no longer" still denies
      if (w === 'not' && t[k + 1]?.lower === 'only') continue;
      if (w === 'little' && !nominal) continue;
      negated = true;
      cues.push(w === 'no' && t[k + 1]?.lower === 'longer' ? 'no longer' : w);
    } else if ((NEGATIVE_VERBS.has(t[k].lemma) || NEGATIVE_NOUNS.has(t[k].lower)) && trigger - k <= 3) {
      negated = true;
      cues.push(t[k].lemma);
    } else if (
      (w === 'instead' && t[k + 1]?.lower === 'of') ||
      (w === 'rather' && t[k + 1]?.lower === 'than')
    ) {
      negated = true;
      cues.push(`${w} ${t[k + 1].lower}`);
    } else if ((MODALS.has(w) && !isMonthMay(t, k)) || SPECULATION.has(w)) {
      hypothetical = true;
      cues.push(w);
    }
  }
  // "CORRECTION: an earlier version of this blog said the Treasury had frozen …": a report's
  // correction takes back what it had said
  if (!negated && t.some((x) => x.lower === 'earlier' || x.lower === 'previous')) {
    const before = lowerWords(t, 0, trigger);
    if (RETRACTED.test(before)) {
      negated = true;
      cues.push('retracted by a correction');
    }
  }
  // "answers claimed that Accra expelled the envoy or broke off relations; it did neither": a
  // later clause of the sentence denies what the one before told
  if (!negated && DENIED_AFTER.test(lowerWords(t, last + 1, t.length))) {
    negated = true;
    cues.push('denied after: did neither');
  }
  // "did not exchange ambassadors until 1991": "not … until" a time says when the act came, not
  // that it never did
  if (
    negated &&
    cues.length === 1 &&
    (cues[0] === 'not' || cues[0] === "n't") &&
    NOT_UNTIL_TIME.test(lowerWords(t, last + 1, Math.min(t.length, last + 12)))
  ) {
    negated = false;
    cues.length = 0;
    cameUntil = true;
  }
  // "It was not Norway that jammed the signals": a cleft denies who did it, and with it the act
  if (!negated && clefted(t, trigger)) {
    negated = true;
    cues.push('it was not … that');
  }
  // "Has Kigali ever apologised?", "Will the president come to Kampala?": a yes/no question asks
  // whether the act happened; a wh-question ("Why did Accra expel …?") takes it as done
  if (t[t.length - 1]?.text === '?' || t[t.length - 2]?.text === '?') {
    let open = 0;
    for (let k = trigger - 1; k >= 0; k--)
      if (t[k].text === ':' || t[k].text === '?' || t[k].text === '.') {
        open = k + 1;
        break;
      }
    while (t[open] && /^(?:PUNCT|INTJ)$/.test(t[open].pos)) open++;
    if (t[open] && YES_NO_OPENER.test(t[open].lower) && open < trigger) {
      hypothetical = true;
      cues.push('yes/no question');
    }
  }
  // "demanded that Y close …", "required Y to sever … and close …": the wanted act is no event.
  // The act stands in its base form; a past form after the demand reports what happened.
  // "urged them to seek a negotiated solution": an act named inside the object of a wanted act is wanted too
  let act = trigger;
  // the act's participle used as an adjective: "a negotiated solution"
  if (t[trigger].pos === 'ADJ' || (t[trigger].lemma !== t[trigger].lower && t[trigger - 1]?.pos === 'DET')) {
    for (let k = trigger - 1; k >= 0 && trigger - k <= 4; k--) {
      if (t[k].pos === 'PUNCT') break;
      if (t[k].pos !== 'VERB') continue;
      if (t[k].lemma === t[k].lower && t[k - 1]?.lower === 'to') act = k;
      break;
    }
  }
  // "… and will revoke the visas": an act its doer announces is no complement of a demand
  const announced = /^(?:will|'ll)$/.test(t[act - 1]?.lower ?? '');
  if (!nominal && !announced && t[act].lemma === t[act].lower && t[act].pos === 'VERB') {
    for (let k = act - 1; k >= 0 && act - k <= 30; k--) {
      const w = t[k];
      if (
        w.text === ';' ||
        (w.pos === 'VERB' &&
          w.lemma !== w.lower &&
          !DEMAND_VERBS.has(w.lemma) &&
          /ed$/.test(w.lower) &&
          t[k - 1]?.lower !== 'to')
      )
        break;
      // "the notifications required under the treaty": a participle describing a noun demands nothing
      const describing = t[k - 1]?.pos === 'NOUN' && /ed$/.test(w.lower) && t[k + 1]?.pos === 'ADP';
      if (
        DEMAND_VERBS.has(w.lemma) &&
        (w.pos === 'VERB' || w.pos === 'NOUN') &&
        w.lemma !== w.lower &&
        !describing
      ) {
        hypothetical = true;
        cues.push(`${w.lower} (demanded act)`);
        break;
      }
    }
  }
  // "a planned visit", "the proposed summit": an act foreseen, not done
  if (nominal) {
    for (let k = trigger - 1; k >= 0 && trigger - k <= 3 && /^(ADJ|VERB|NOUN)$/.test(t[k].pos); k--)
      if (FORESEEN.test(t[k].lower)) {
        hypothetical = true;
        cues.push(t[k].lower);
        break;
      }
    // "the visit … was postponed again": a nominal act put off later in its sentence did not take place
    const after = lowerWords(t, last + 1, last + 30);
    if (PUT_OFF.test(after)) {
      negated = true;
      cues.push('put off');
    }
  }
  // "a protocol providing for the pull-back of troops and for joint patrols": an act a text provides
  // for is still to come
  if (nominal) {
    for (let k = trigger - 1; k >= 0 && trigger - k <= 14; k--) {
      const w = t[k];
      if (w.text === '.' || w.text === ';') break;
      if (w.pos !== 'VERB') continue;
      if ((PROVIDING.has(w.lemma) && t[k + 1]?.lower === 'for') || ENVISAGING.has(w.lemma)) {
        hypothetical = true;
        cues.push(`${w.lower}${PROVIDING.has(w.lemma) ? ' for' : ''} (provided for)`);
      }
      break;
    }
  }
  // "requested a meeting with Y", "sought talks with Y": the meeting asked for has not happened
  if (nominal) {
    let k = trigger - 1;
    while (k >= 0 && trigger - k <= 4 && /^(DET|ADJ|NUM|NOUN)$/.test(t[k].pos)) k--;
    if (t[k]?.pos === 'VERB' && REQUESTING_VERBS.has(t[k].lemma)) {
      hypothetical = true;
      cues.push(`${t[k].lower} (requested act)`);
    }
  }
  // "accused Y of reneging on …": the act charged is alleged, not reported
  // "blamed the other for opening fire": only blame lays a charge with "for"; "criticised Y for
  // sending troops" takes the sending as done
  const charged =
    t[trigger - 1]?.lower === 'of'
      ? CHARGING_OF
      : t[trigger - 1]?.lower === 'for'
        ? /^(?:blame|accuse)$/
        : t[trigger - 1]?.lower === 'with'
          ? /^charge$/
          : null;
  if (t[trigger].lower.endsWith('ing') && charged) {
    for (let k = trigger - 2; k >= 0 && trigger - k <= 8; k--) {
      if (charged.test(t[k].lemma)) {
        hypothetical = true;
        cues.push(`${t[k].lower} of (alleged act)`);
        break;
      }
    }
  }
  // "accused Y of plotting to topple …", "of seeking to intervene to free …": an infinitive that
  // hangs from the charged act is as alleged as the act
  if (!hypothetical && t[trigger - 1]?.lower === 'to') {
    for (let k = trigger - 2; k >= 1 && trigger - k <= 12; k--) {
      const w = t[k];
      if (/^(?:[,;:.]|and|or|but|then|while|after|before|because)$/.test(w.lower)) break;
      if (w.lower.endsWith('ing') && /^(?:of|for)$/.test(t[k - 1].lower)) {
        const by = t[k - 1].lower === 'of' ? CHARGING_OF : /^(?:blame|accuse)$/;
        for (let j = k - 2; j >= 0 && k - j <= 8; j--)
          if (by.test(t[j].lemma)) {
            hypothetical = true;
            cues.push(`${t[j].lower} of (alleged act)`);
            break;
          }
        break;
      }
    }
  }
  // "denied that it had supplied drones", "denied arming the rebels": the act is what was denied
  for (let k = trigger - 1; k >= 0 && trigger - k <= 10; k--) {
    const w = t[k];
    if (w.text === ';' || w.text === ',') break;
    if (w.lemma === 'deny' && w.pos === 'VERB') {
      if (k + 1 === trigger || /^(that|having|ever)$/.test(t[k + 1]?.lower ?? '')) {
        negated = true;
        cues.push('denied');
      }
      break;
    }
    if (w.pos === 'VERB') break;
  }
  // "says it occupies no Djiboutian land", "sent no troops": an object denied by "no" denies the act
  if (!nominal && t[trigger].pos === 'VERB') {
    const k = t[trigger + 1]?.pos === 'ADV' ? trigger + 2 : trigger + 1;
    if (
      t[k]?.lower === 'no' &&
      !/^(?:longer|later|more|less|doubt|effort|time)$/.test(t[k + 1]?.lower ?? '')
    ) {
      negated = true;
      cues.push('no (object)');
    }
  }
  // "Quito and Bogota to exchange ambassadors": a headline's bare infinitive tells what is to come
  if (!nominal && headlineFuture(t, trigger)) {
    hypothetical = true;
    cues.push('to (headline future)');
  }
  // "agreed to meet again", "pledged to send aid", "was ready to work with": an act undertaken for later
  if (!nominal) {
    const undertaking = undertakingBefore(t, trigger);
    if (undertaking !== null) {
      hypothetical = true;
      cues.push(`${t[undertaking].lower} to (undertaken)`);
    }
  }
  // "a plan to brief X", "an attempt to mediate": a purpose not (yet) carried out
  const j = infinitiveTo(t, trigger);
  const purpose = j > 0 ? purposeNounBefore(t, j) : -1;
  if (purpose >= 0) {
    hypothetical = true;
    cues.push(`${t[purpose].lower} to`);
  }
  // "X could undercut Y — by reaching a deal with Z": an aside inherits the modality of its clause
  if (clause.kind === 'aside' || clause.kind === 'participial') {
    const before = a.clauses.filter((c) => c.end <= clause.start).at(-1);
    if (before)
      for (let k = before.start; k < before.end; k++)
        if (MODALS.has(t[k].lower) && !isMonthMay(t, k)) {
          hypothetical = true;
          cues.push(t[k].lower);
        }
  }
  if (clause.marker && CONDITIONALS.has(clause.marker)) {
    hypothetical = true;
    cues.push(clause.marker);
  }
  // "Should Caracas move to enforcement, for example by boarding a vessel, we would …": a condition
  // told by inversion holds every act of its sentence
  const inverted = invertedCondition(t);
  if (inverted >= 0) {
    hypothetical = true;
    cues.push(`${t[inverted].lower} (inverted condition)`);
  }
  // "the withdrawal did not materialize": a nominal event denied by what follows it
  if (nominal) {
    for (let k = last + 1; k < t.length && k <= last + 8; k++) {
      if (
        (t[k].lower === 'not' || t[k].lower === 'never' || t[k].lower === "n't") &&
        NON_EVENT_AFTER.has(t[k + 1]?.lemma ?? '')
      ) {
        negated = true;
        cues.push(`${t[k].lower} ${t[k + 1].lower}`);
        break;
      }
      if (t[k].text === ',' || t[k].text === ';') break;
    }
  }
  // "held back from attacking", "shied away from recognising", "abstained from voting": kept from doing
  if (t[trigger - 1]?.lower === 'from' && t[trigger].lower.endsWith('ing')) {
    const k = trigger - 2;
    if (
      ((t[k]?.lower === 'back' || t[k]?.lower === 'away') &&
        /^(?:hold|held|holding|shy|shied|back|pull|draw|step)/.test(t[k - 1]?.lower ?? '')) ||
      /^(?:abstain|desist)$/.test(t[k]?.lemma ?? '')
    ) {
      negated = true;
      cues.push(`${t[k].lower} from`);
    }
    // "stopped Syria from attacking", "barred its troops from entering": prevented
    for (let j = trigger - 2; j >= 0 && trigger - j <= 6; j--) {
      if (t[j].pos === 'VERB' && PREVENTING.test(t[j].lemma)) {
        negated = true;
        cues.push(`${t[j].lower} … from`);
        break;
      }
      if (t[j].pos === 'VERB' || t[j].text === ',') break;
    }
  }
  // "blocked the opening of membership talks", "vetoed the deal": an act named as the object of a
  // verb that stops it did not happen
  if (nominal && !negated) {
    for (let k = trigger - 1; k >= 0 && trigger - k <= 7; k--) {
      const w = t[k];
      if (w.pos === 'VERB' && BLOCKING.test(w.lemma)) {
        negated = true;
        cues.push(w.lower);
        break;
      }
      if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.lower === 'of'))
        break;
    }
  }
  // "stopped short of killing …", "short of war": the act was avoided
  if (t[trigger - 1]?.lower === 'of' && t[trigger - 2]?.lower === 'short') {
    negated = true;
    cues.push('short of');
  }
  // "brought the two closer to open war", "on the brink of war": the act was only in sight
  for (let k = trigger - 1; k >= 0 && trigger - k <= 4; k--) {
    if (!/^(ADJ|DET|ADP|NOUN)$/.test(t[k].pos) && !/^(to|of)$/.test(t[k].lower)) break;
    if (
      /^(to|of)$/.test(t[k].lower) &&
      /^(close|closer|brink|verge|edge|threshold)$/.test(t[k - 1]?.lower ?? '')
    ) {
      hypothetical = true;
      cues.push(`${t[k - 1].lower} ${t[k].lower}`);
      break;
    }
  }
  // "approved strikes …, then called them off": an act taken back later in the sentence never happened
  const rest = lowerWords(t, last + 1, t.length);
  if (
    /\b(?:call(?:ed|ing)? (?:them|it) off|(?:cancel(?:l?ed|ling)?|abort(?:ed|ing)|scrap(?:ped|ping)|rescind(?:ed|ing)) (?:them|it)\b)/.test(
      rest,
    )
  ) {
    negated = true;
    cues.push('called off');
  }
  let attributionVerb: number | null = null;
  for (let k = trigger - 1; k >= 0 && k >= trigger - 14; k--) {
    if (ATTRIBUTION_VERBS.has(t[k].lemma) && (t[k].pos === 'VERB' || t[k].pos === 'AUX')) {
      attributionVerb = k;
      break;
    }
  }
  return { negated, hypothetical, cues, attributionVerb, cameUntil };
}

/** a hypothetical use of force announced as a signal or a warning is a threat (CAMEO 138) */
export function isThreatFrame(a: Analysis, trigger: number): boolean {
  const t = a.tokens;
  for (let k = trigger - 1; k >= 0 && k >= trigger - 12; k--) {
    // "warning of consequences should Russian troops cross …": the force is the condition warned
    // of, the other side's, not the warner's threat
    if (/^(should|if|unless)$/.test(t[k].lower)) return false;
    if (/^(signal|warning|threat|warn|threaten|ultimatum)$/.test(t[k].lemma)) return true;
  }
  return false;
}
