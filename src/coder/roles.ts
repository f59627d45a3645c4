/**
 * Who did what to whom: finds the source and target mentions of a matched pattern from its
 * slots or from grammatical roles (subject, object, prepositional phrase, possessor), with
 * passives flipped, relative clauses pointing at what they describe, infinitives taking the
 * subject (or, after "compel/urge/force…", the object) of the verb that governs them, and
 * coordinated actors ("X and Y", "X, Y and Z") expanded.
 * @module
 */
import {
  type Analysis,
  asides,
  clauseAt,
  isNpToken,
  isPastParticiple,
  isPossessiveMarker,
} from '../nlp/index.js';
import { countryOf } from './country-of.js';
import type { PatternMatch } from './match.js';
import type { PlacedMention } from './mentions.js';

export interface RoleFinding {
  mentions: number[];
  how: string;
}

/** prepositions of place that open a sentence: "In Belgrade, …", "From Moscow, …" */
const PLACE_OPENER = /^(?:in|from|at)$/;
/** heads of a body's name that go on with "of": "ministry of refugees", "Department of State" */
const BODY_NAMED_WITH_OF =
  /^(?:ministry|department|office|council|committee|commission|bureau|secretariat|directorate|agency|board)$/;
const OBJECT_CONTROL = new Set([
  'compel',
  'force',
  'urge',
  'ask',
  'press',
  'persuade',
  'push',
  'allow',
  'invite',
  'encourage',
  'lead',
  'prompt',
  'oblige',
  'pressure',
  'pressing',
  'let',
  'help',
  'order',
  'tell',
  'convince',
  'drive',
  'bring',
]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** texts that speak for whoever issued them */
const ISSUED_TEXTS =
  /^(?:resolution|resolutions|statement|statements|letter|letters|communiqué|communique|declaration|note|notes|report|motion|memorandum|ultimatum|decree|order|bill|law)$/;
const ISSUING_VERBS =
  /^(?:adopt|issue|publish|release|pass|send|table|approve|deliver|hand|draft|circulate|sign|present|submit|unveil)$/;
/** light verbs whose subject carries out the event named by their object noun */
/** how much of a measure: "a doubling of tariffs", "a fresh round of sanctions", "a package of measures" */
const MEASURE_AMOUNT =
  /^(?:doubling|tripling|increase|rise|hike|raising|round|rounds|wave|waves|series|package|set|batch|slew|raft|host)$/;
const GOVERNING_VERBS = new Set([
  // "orders putting 25 % tariffs on imports from Mexico", "slapped duties on Australian wine"
  'put',
  'slap',
  'levy',
  'launch',
  'begin',
  'start',
  'carry',
  'conduct',
  'stage',
  'mount',
  'wage',
  'proclaim',
  'announce',
  'declare',
  'complete',
  'formalise',
  'formalize',
  'impose',
  'order',
  'approve',
  'authorize',
  'authorise',
  'issue',
  'adopt',
  'unveil',
  'initiate',
  'undertake',
  'make',
  'pay',
  'extend',
  'level',
  'lodge',
  'file',
  'raise',
  'voice',
  'register',
  'submit',
  'present',
  'express',
  'press',
  'renew',
  'repeat',
  'deliver',
  'send',
  'hand',
  'escalate',
  'intensify',
  'resume',
  'continue',
  'finalize',
  'finalise',
  'retaliate',
  'respond',
  'answer',
  'hit',
  'strike',
]);
const RESPONSE_VERBS = new Set([
  'retaliate',
  'respond',
  'answer',
  'hit',
  'strike',
  'react',
  'reply',
  'counter',
]);
/** prepositions whose object is never the subject of the verb after it */
const OBJECT_PREPOSITIONS = new Set([
  'with',
  'in',
  'to',
  'on',
  'at',
  'for',
  'against',
  'between',
  'among',
  'toward',
  'towards',
  'into',
  'through',
  'over',
  'near',
  'under',
  'onto',
  'across',
]);
const NP_LEFT_POS = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'SYM']);
/** words that are prepositions before a noun and conjunctions before a clause */
const SUBORDINATING = /^(?:after|before|since|until|till)$/;
const COMPANION = /\b(along with|together with|as well as|joined by)\b/;
const COMPANION_PART = /along|together|as|joined/;

/**
 * the words from token `from` up to `to`, a companion phrase read as "and"; the text is joined
 * and split again only when a word of such a phrase is there, as nearly every gap is "," or "and"
 */
function wordsBetween(t: Analysis['tokens'], from: number, to: number): string[] {
  const words: string[] = [];
  let companion = false;
  for (let k = from; k < to; k++) {
    words.push(t[k].lower);
    if (COMPANION_PART.test(t[k].lower)) companion = true;
  }
  if (words.length === 0) return [''];
  return companion ? words.join(' ').replace(COMPANION, 'and').split(' ') : words;
}
const CONNECTOR = /^(,|and|or|nor|as well as|the|both|either|neither)$/;

/** "than a dozen", "several", "15": how many others a list adds */
const OTHERS_COUNT =
  /^(?:more|less|fewer|than|a|about|some|nearly|almost|over|dozen|dozens|score|several|many|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/;

/** the comma opening ", acting on …," when the comma at `close` ends such an aside, else null */
function participialAsideStart(t: Analysis['tokens'], close: number): number | null {
  for (let j = close - 1; j > 0 && close - j <= 15; j--) {
    if (t[j].text !== ',') continue;
    const first = t[j + 1];
    return first?.lower.endsWith('ing') && (first.pos === 'VERB' || first.pos === 'NOUN') ? j : null;
  }
  return null;
}

/** forces one state sends, who then act for it */
const SENT_FORCES =
  /^(?:troops|soldiers|forces|units|battalions|brigades|commandos|marines|paratroopers|advisers|advisors|instructors|mercenaries|jets|warplanes|aircraft|bombers|drones|warships|ships|vessels|gunboats|submarines|agents|officers|police|gendarmes|militiamen|volunteers|engineers)$/;
const SENDING_VERBS = /^(?:send|deploy|dispatch|fly|airlift|move|rush|commit|land|station|despatch)$/;

/** a year, which ends a time phrase rather than opening a noun phrase */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** what a time spent may hold: "much of the next two years", "three weeks" */
const SPENT_TIME = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADV']);

export class RoleContext {
  readonly asidePairs: Array<[number, number]>;
  readonly endAt = new Map<number, number>();
  readonly startAt = new Map<number, number>();
  readonly groups: number[][];
  private readonly groupOf = new Map<number, number[]>();

  constructor(
    readonly a: Analysis,
    readonly mentions: PlacedMention[],
  ) {
    this.asidePairs = asides(a.tokens);
    mentions.forEach((m, i) => {
      this.endAt.set(m.te - 1, i);
      this.startAt.set(m.ts, i);
    });
    this.groups = this.buildGroups();
    for (const g of this.groups) for (const m of g) this.groupOf.set(m, g);
  }

  /** chains of mentions joined only by commas and "and"/"or"; a bare comma chain is not a list */
  private buildGroups(): number[][] {
    const t = this.a.tokens;
    const groups: number[][] = [];
    let cur: number[] = [];
    let sawAnd = false;
    const flush = () => {
      // "by Ukraine, Russia, the OSCE and the rebel leaders": the list goes on past its last actor
      if (cur.length > 1 && !sawAnd) {
        const end = this.mentions[cur[cur.length - 1]].te;
        if (t[end]?.lower === 'and' || (t[end]?.text === ',' && t[end + 1]?.lower === 'and')) sawAnd = true;
      }
      // "after the pullout from Afghanistan, Tehran and Moscow became …": a comma closes the phrase
      if (cur.length > 2 && sawAnd) {
        const first = this.mentions[cur[0]];
        const last = this.mentions[cur[cur.length - 1]];
        // "In 2014 A, B and C had …": a time phrase before the list is no preposition governing its head
        const timeBefore =
          t[first.ts - 1]?.pos === 'NUM' ||
          /^(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
            t[first.ts - 1]?.lower ?? '',
          );
        // "officials from Egypt, Ethiopia and Sudan met": people of the listed states are one list
        const prep = t[first.ts - 1]?.pos === 'ADP' ? first.ts - 1 : first.ts - 2;
        const peopleOf =
          /^(?:from|of)$/.test(t[prep]?.lower ?? '') &&
          /^(?:officials|leaders|ministers|delegations|delegates|representatives|diplomats|envoys|negotiators|heads|presidents|premiers)$/.test(
            t[prep - 1]?.lower ?? '',
          );
        const prepFirst =
          !timeBefore && !peopleOf && (t[first.ts - 1]?.pos === 'ADP' || t[first.ts - 2]?.pos === 'ADP');
        // ("… and his Macedonian counterpart Stevo Crvenkovski signed": past the counterpart's name)
        let afterLast = last.te;
        if (/^counterparts?$/.test(t[afterLast]?.lower ?? '')) {
          afterLast++;
          while (t[afterLast]?.pos === 'PROPN') afterLast++;
        }
        if (
          prepFirst &&
          t[first.te]?.text === ',' &&
          (t[afterLast]?.pos === 'VERB' || t[afterLast]?.pos === 'AUX')
        ) {
          groups.push([cur[0]]);
          cur = cur.slice(1);
        }
      }
      // "In Belgrade, Vučić and the synod condemned …": the place the sentence opens in is no
      // member of the subject after its comma
      if (cur.length === 2 && sawAnd) {
        const first = this.mentions[cur[0]];
        if (first.ts === 1 && PLACE_OPENER.test(t[0].lower) && t[first.te]?.text === ',') {
          groups.push([cur[0]]);
          cur = cur.slice(1);
        }
      }
      if (cur.length > 1 && !sawAnd) for (const m of cur) groups.push([m]);
      else if (cur.length) groups.push(cur);
      cur = [];
      sawAnd = false;
    };
    for (let i = 0; i < this.mentions.length; i++) {
      if (!cur.length) {
        cur = [i];
        continue;
      }
      const prev = this.mentions[cur[cur.length - 1]];
      const m = this.mentions[i];
      // "and his Iranian counterpart": the possessive is part of the counterpart's phrase, no member
      const after = this.mentions[i + 1];
      if (
        m.referent !== null &&
        /^(?:his|her|their|its)$/i.test(m.text) &&
        after?.ts === m.te &&
        /^counterparts?$/.test(t[after.te]?.lower ?? '')
      )
        continue;
      // "A and B, along with C and D, cut ties": a companion phrase joins the list as "and" does
      const between = wordsBetween(t, prev.te, m.ts);
      const others = between.indexOf('other');
      // "flew to Athens and then to Ankara": a preposition repeated after "and" keeps the list going
      const joined =
        (between.length > 0 && between.length <= 3 && between.every((w) => CONNECTOR.test(w))) ||
        // "France and more than a dozen other Western governments": the others join the list
        (between[0] === 'and' &&
          others > 0 &&
          others <= 6 &&
          between.length - others <= 3 &&
          between.slice(1, others).every((w) => OTHERS_COUNT.test(w))) ||
        /^(?:and|,)(?: then| later| also)? (?:to|with|against)$/.test(between.join(' ')) ||
        // "Saud al-Faisal and his Iranian counterpart, Ali Akbar Velayati, met": a counterpart joins
        (between.length === 2 &&
          between[0] === 'and' &&
          /^(?:his|her|their|its)$/.test(between[1]) &&
          /^counterparts?$/.test(t[m.te]?.lower ?? ''));
      // "… and the Muslim Brotherhood, and it gave Doha …": a pronoun opens a clause, it joins no list
      // ("he and Zhou Enlai talked": a subject pronoun and a name joined by "and" are one subject)
      const pronounFirst =
        between.length === 1 &&
        between[0] === 'and' &&
        m.referent === null &&
        /^(?:he|she|we|they)$/i.test(prev.text);
      const pronoun =
        (m.referent !== null && m.referent !== 'pair') ||
        (prev.referent !== null && prev.referent !== 'pair' && !pronounFirst);
      // "cut ties with Tehran, and the UAE downgraded …", "expelled the Iraqi envoy, and Syria
      // closed …": a comma and "and" after an object open a new clause whose subject is the next actor
      const first = this.mentions[cur[0]];
      let lead = first.ts - 1;
      // "expelled two Russian diplomats, and the chancellor called …": a number or an adjective
      // opens the object phrase as an article does
      while (lead > 0 && (t[lead].pos === 'DET' || t[lead].pos === 'NUM' || t[lead].pos === 'ADJ')) lead--;
      const newClause =
        between.includes(',') &&
        between.includes('and') &&
        (t[lead]?.pos === 'ADP' || t[lead]?.pos === 'VERB') &&
        this.verbAfterPhrase(i);
      // "at the request of Egypt and Sudan, the Security Council …": once "and" has joined the last
      // member, a bare comma closes the list
      const closed = sawAnd && between.includes(',') && !between.includes('and') && !between.includes('or');
      // "Abiy, Isaias and Somalia's president, Mohamed Farmajo, sign …": a name set off by commas
      // after a member of its own country is that member again, and the list goes on
      // ("his Iranian counterpart, Ali Akbar Velayati, …": past the counterpart's head noun too)
      const commaAside = between.length === 1 && between[0] === ',' && t[m.te]?.text === ',';
      const counterpartNamed =
        /^counterparts?$/.test(between[0] ?? '') &&
        (between.length === 1 || (between.length === 2 && between[1] === ',' && t[m.te]?.text === ','));
      const apposition =
        (commaAside || counterpartNamed) &&
        !!m.actor &&
        !!prev.actor &&
        countryOf(m.actor) === countryOf(prev.actor);
      if (apposition) {
        cur.push(i);
        continue;
      }
      // "Argentina, Brazil, the new agency and the IAEA signed": a member no actor names, between
      // commas, keeps the list going
      const pastPlainMember = !joined && cur.length >= 2 && this.plainMemberBetween(prev.te, m.ts);
      if (pastPlainMember) sawAnd = true;
      if (
        (joined || pastPlainMember) &&
        !pronoun &&
        (!newClause || pastPlainMember) &&
        !closed &&
        !isPossessiveMarker(t[prev.te])
      ) {
        if (between.includes('and') || between.includes('or') || between.includes('nor')) sawAnd = true;
        cur.push(i);
      } else {
        flush();
        cur = [i];
      }
    }
    flush();
    return groups;
  }

  /** ", the new agency and (the)": one noun phrase of articles, adjectives and nouns, as a list member */
  private plainMemberBetween(from: number, to: number): boolean {
    const t = this.a.tokens;
    if (t[from]?.text !== ',') return false;
    let k = from + 1;
    let nouns = 0;
    const start = k;
    while (k < to && (t[k].pos === 'DET' || t[k].pos === 'ADJ' || t[k].pos === 'NOUN')) {
      if (t[k].pos === 'NOUN') nouns++;
      k++;
    }
    if (nouns === 0 || k - start > 4) return false;
    if (t[k]?.text === ',') k++;
    if (t[k]?.lower !== 'and') return false;
    k++;
    if (t[k]?.pos === 'DET') k++;
    return k === to;
  }

  /**
   * a finite verb right after mention `i`, or after a name set off by commas that follows it ("and
   * the Turkish foreign minister, Hakan Fidan, condemned …")
   */
  private verbAfterPhrase(i: number): boolean {
    const t = this.a.tokens;
    let end = this.mentions[i].te;
    const named = this.startAt.get(end + 1);
    if (t[end]?.text === ',' && named !== undefined && t[this.mentions[named].te]?.text === ',')
      end = this.mentions[named].te + 1;
    return t[end]?.pos === 'VERB' || t[end]?.pos === 'AUX';
  }

  group(m: number): number[] {
    return this.groupOf.get(m) ?? [m];
  }

  /** the preposition in front of a mention's phrase ("to the Russian Security Council" → "to") */
  prepBefore(m: number): string | null {
    const t = this.a.tokens;
    let k = this.mentions[m].ts - 1;
    while (
      k >= 0 &&
      (NP_LEFT_POS.has(t[k].pos) ||
        t[k].text === '"' ||
        t[k].text === '“' ||
        POSSESSIVE_PRONOUNS.has(t[k].lower))
    )
      k--;
    // a list member takes the preposition of the list: "with Russia and China"
    const g = this.group(m);
    if (g[0] !== m) return this.prepBefore(g[0]);
    return k >= 0 && (t[k].pos === 'ADP' || t[k].lower === 'to') ? t[k].lower : null;
  }

  private tokenBefore(m: number): number {
    const t = this.a.tokens;
    const g = this.group(m);
    let k = this.mentions[g[0]].ts - 1;
    // "In 1998 Ghana, in turn, imposed …": a year after a preposition closes the time phrase before
    // the subject ("a 2003 Serbian law" is one noun phrase)
    while (
      k >= 0 &&
      (NP_LEFT_POS.has(t[k].pos) || t[k].text === '"') &&
      !(YEAR.test(t[k].text) && t[k - 1]?.pos === 'ADP')
    )
      k--;
    return k;
  }

  private insideAside(k: number): [number, number] | null {
    for (const p of this.asidePairs) if (k > p[0] && k < p[1]) return p;
    return null;
  }

  /** the clause subject for a trigger, scanning leftwards */
  subject(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    const clause = clauseAt(this.a.clauses, trigger);
    const ownAside = this.insideAside(trigger);
    const nonFinite = t[trigger - 1]?.lower === 'to' || t[trigger].lower.endsWith('ing');
    // "the envoy spent two years shuttling between Lima and Quito": a gerund after the time spent
    // has the subject of "spend"
    if (t[trigger].lower.endsWith('ing')) {
      for (let k = trigger - 1; k >= 0 && trigger - k <= 9; k--) {
        if (t[k].lemma === 'spend' && t[k].pos === 'VERB') return this.subject(k);
        if (!SPENT_TIME.has(t[k].pos) && t[k].lower !== 'of') break;
      }
    }
    // "two bases hosting US troops": a participle after a plain noun describes that noun
    const prev = t[trigger - 1];
    if (
      t[trigger].lower.endsWith('ing') &&
      prev &&
      (prev.pos === 'NOUN' || prev.pos === 'PROPN') &&
      this.endAt.get(trigger - 1) === undefined &&
      !isPossessiveMarker(prev) &&
      // "published draft treaties demanding that …": a text speaks for whoever issued it
      !(
        // "a note verbale protesting …": the text's noun may carry one modifier after it
        (ISSUED_TEXT.test(prev.lemma)
          ? this.issuedText(trigger - 1)
          : ISSUED_TEXT.test(t[trigger - 2]?.lemma ?? '') && this.issuedText(trigger - 2))
      )
    )
      return null;
    // "two bases, both hosting US troops": a participle after "both"/"each"/"all" describes what came before
    if (
      t[trigger].lower.endsWith('ing') &&
      /^(both|each|all)$/.test(prev?.lower ?? '') &&
      t[trigger - 2]?.text === ','
    ) {
      // "…, each accusing the other": an "each" that stands for the pair before is the subject
      const pair = this.endAt.get(trigger - 1);
      return pair !== undefined && this.mentions[pair].referent === 'pair'
        ? { mentions: [pair], how: 'subject' }
        : null;
    }
    for (let k = trigger - 1; k >= 0; k--) {
      const tok = t[k];
      if (tok.text === ';') break;
      // "the EU, acting on a joint Franco-German proposal, froze …": a participial aside set off by
      // commas names no subject
      if (tok.text === ',' && k === trigger - 1) {
        const opening = participialAsideStart(t, k);
        if (opening !== null) {
          k = opening;
          continue;
        }
      }
      if (clause.kind === 'relative' && k === clause.start) {
        const ante = this.antecedent(clause.antecedent);
        if (ante !== null) return { mentions: this.group(ante), how: 'relative' };
        return this.authorOfText(clause.antecedent) ?? this.sendersOfForces(clause.antecedent);
      }
      const pair = this.asidePairs.find((p) => p[1] === k);
      if (pair && pair !== ownAside) {
        k = pair[0];
        continue;
      }
      const m = this.endAt.get(k);
      if (m === undefined) continue;
      const mention = this.mentions[m];
      const possessivePronoun = mention.referent !== null && POSSESSIVE_PRONOUNS.has(t[mention.ts].lower);
      if (isPossessiveMarker(t[mention.te]) || possessivePronoun) {
        const after = possessivePronoun ? mention.te : mention.te + 1;
        if (this.possessorGoverns(after, trigger)) return { mentions: this.group(m), how: 'possessor' };
        k = mention.ts;
        continue;
      }
      // "The Lima Group, which Colombia had helped to found, refused …": an actor inside a relative
      // clause closed before the trigger is no subject of it
      const opener = this.relativeAsideStart(mention.ts, trigger);
      if (opener !== null) {
        k = opener;
        continue;
      }
      // "its pact with Greece covered the islands": an actor right after a preposition is that
      // phrase's object, and the verb after it has another subject
      if (this.prepositionObject(m)) {
        k = this.mentions[this.group(m)[0]].ts;
        continue;
      }
      if (this.followedByVerb(mention.te)) return { mentions: this.group(m), how: 'subject' };
      const before = this.tokenBefore(m);
      const b = t[before];
      // "a spokesman for the Chinese foreign ministry condemned …": the one spoken for is the subject
      if (
        b &&
        /^(?:for|of)$/.test(b.lower) &&
        /^(?:spokes(?:man|woman|person|men)|representatives?|envoys?|delegation|delegates?)$/.test(
          t[before - 1]?.lower ?? '',
        ) &&
        this.followedByVerb(this.mentions[m].te)
      )
        return { mentions: this.group(m), how: 'subject' };
      // "the decision by Quito to expel …": the agent of the noun the infinitive completes acts
      if (
        nonFinite &&
        b?.lower === 'by' &&
        t[before - 1]?.pos === 'NOUN' &&
        t[this.mentions[m].te]?.lower === 'to' &&
        this.mentions[m].te + 1 === trigger
      )
        return { mentions: this.group(m), how: 'subject' };
      // "After an Israeli strike in Beirut killed …": "after" there opens a clause whose subject
      // this is, not a prepositional phrase
      const opensClause =
        b &&
        SUBORDINATING.test(b.lower) &&
        !nonFinite &&
        !t.slice(mention.te, trigger).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
      if (b && !opensClause && (b.pos === 'ADP' || (b.lower === 'to' && b.pos === 'PART'))) {
        k = mention.ts;
        continue;
      }
      // "by downgrading relations, expelling the Somali envoy, and suspending trade": a gerund
      // tagged as a noun still takes the actor after it as its object
      const gerund =
        b && b.pos === 'NOUN' && /ing$/.test(b.lower) && !NP_LEFT_POS.has(t[before - 1]?.pos ?? '');
      // "denies it and accuses …", "warned them and …": a pronoun in the object case, or "it" before
      // "and", is the object of the verb before it; "said it would …" keeps "it" as a subject
      const objectPronoun =
        !!mention.referent &&
        (/^(?:them|him)$/i.test(t[mention.ts].lower) ||
          (t[mention.ts].lower === 'it' &&
            (/^(?:and|,)$/.test(t[mention.te]?.lower ?? '') ||
              // "called it an attack and blamed …": "it" before a noun phrase is a small clause's object
              /^(?:DET|ADJ|NOUN)$/.test(t[mention.te]?.pos ?? ''))));
      if (b && (b.pos === 'VERB' || gerund) && (!mention.referent || objectPronoun)) {
        if (nonFinite && OBJECT_CONTROL.has(b.lemma))
          return { mentions: this.group(m), how: 'object-control' };
        k = mention.ts;
        continue;
      }
      // "Erdoğan, a close ally of Morsi's Brotherhood, called …": an actor inside an apposition is
      // not the subject the apposition describes
      const described = this.appositionHolder(mention.ts, mention.te);
      if (described !== null) return { mentions: this.group(described), how: 'subject' };
      return { mentions: this.group(m), how: 'subject' };
    }
    // "Accusing Ankara of …, Athens summoned …", "After meeting Putin, Xi said …": an opening
    // participial clause takes the subject of the main clause after its comma
    const opener = t
      .slice(0, trigger)
      .filter((x) => x.pos !== 'ADV')
      .map((x) => x.lower);
    if (
      t[trigger].lower.endsWith('ing') &&
      opener.every((w) => /^(after|before|while|since|upon|on|having)$/.test(w))
    ) {
      for (let k = trigger + 1; k < t.length && k - trigger <= 25; k++) {
        if (t[k].text !== ',') continue;
        let j = k + 1;
        while (t[j]?.pos === 'DET') j++;
        const m = this.startAt.get(j);
        return m !== undefined && this.followedByVerb(this.mentions[m].te)
          ? { mentions: this.group(m), how: 'participial-opener' }
          : null;
      }
    }
    return null;
  }

  /**
   * "published draft treaties demanding …" speaks for its publisher; "blocked the statement
   * criticising China" does not speak for the blocker: a text noun governed by a verb of some other
   * kind than issuing it is nobody's we know
   */
  private issuedText(noun: number): boolean {
    const t = this.a.tokens;
    let k = noun - 1;
    while (k >= 0 && (NP_LEFT_POS.has(t[k].pos) || t[k].pos === 'NOUN')) k--;
    if (k < 0 || t[k].pos !== 'VERB') return true;
    return /^(?:issue|publish|release|adopt|draft|sign|send|circulate|deliver|present|submit|table|put|make|unveil|announce|approve|pass|write|give|read|post|deliver)$/.test(
      t[k].lemma,
    );
  }

  /** the comma opening ", which …," around token `at` when that clause closes before `trigger` */
  private relativeAsideStart(at: number, trigger: number): number | null {
    const t = this.a.tokens;
    let open = -1;
    for (let j = at - 1; j >= 0 && at - j <= 12; j--) {
      if (t[j].text === ',' || t[j].text === ';') break;
      if (/^(which|who|whom|whose)$/.test(t[j].lower) && t[j - 1]?.text === ',') {
        open = j - 1;
        break;
      }
    }
    if (open < 0) return null;
    for (let j = at + 1; j < trigger; j++) if (t[j].text === ',') return open;
    return null;
  }

  /**
   * a preposition right before the list holding `m`; not "of", "from" ("the leaders of X met") nor
   * "by" ("militias backed by Tehran killed": the backer answers for its proxies)
   */
  private prepositionObject(m: number): boolean {
    const t = this.a.tokens;
    let k = this.mentions[this.group(m)[0]].ts - 1;
    while (k >= 0 && t[k].pos === 'DET') k--;
    // "a spokesman for the Iranian foreign ministry accused …": "for" after a speaker is "of"
    if (
      t[k]?.lower === 'for' &&
      /^(spokes(man|woman|person)|representative|envoy)$/.test(t[k - 1]?.lower ?? '')
    )
      return false;
    return k > 0 && t[k].pos === 'ADP' && OBJECT_PREPOSITIONS.has(t[k].lower);
  }

  /** after an actor phrase: a finite verb ("the West imposed"), adverbs allowed between */
  /**
   * The mention an apposition describes when the actor spanning [ts, te) sits inside ", a|an|the …,"
   * that closes right after it, else null.
   */
  private appositionHolder(ts: number, te: number): number | null {
    const t = this.a.tokens;
    let close = te;
    while (close < t.length && close - te <= 3 && t[close].text !== ',') {
      if (t[close].pos === 'VERB' || t[close].pos === 'AUX') return null;
      close++;
    }
    if (t[close]?.text !== ',') return null;
    for (let j = ts - 1; j > 0 && ts - j <= 12; j--) {
      if (t[j].text !== ',') {
        if (t[j].pos === 'VERB' || t[j].pos === 'AUX') return null;
        continue;
      }
      if (!/^(?:a|an|the|one|its|his|her|their|long|once)$/.test(t[j + 1]?.lower ?? '')) return null;
      const holder = this.endAt.get(j - 1);
      return holder !== undefined && this.mentions[holder].actor ? holder : null;
    }
    return null;
  }

  private followedByVerb(k: number): boolean {
    const t = this.a.tokens;
    if (t[k]?.text === '(') while (k < t.length && t[k].text !== ')') k++;
    if (t[k]?.text === ')') k++;
    // "the Vietnamese army withdrew": the actor may modify the head noun of the subject
    // "the Chinese foreign ministry condemned": an adjective may stand before that head noun
    while (
      k < t.length &&
      (t[k].pos === 'NOUN' || t[k].pos === 'ADV' || (t[k].pos === 'ADJ' && t[k + 1]?.pos === 'NOUN'))
    )
      k++;
    return !!t[k] && (t[k].pos === 'AUX' || (t[k].pos === 'VERB' && !t[k].lower.endsWith('ing')));
  }

  /** "Russia's decision … to intervene", "Iran's envoy signed": the possessed noun heads the clause */
  private possessorGoverns(k: number, trigger: number): boolean {
    const t = this.a.tokens;
    while (k < trigger && isNpToken(t, k)) k++;
    // "the Taliban's ministry of refugees asked …": a body's own name may go on with "of"
    if (t[k]?.lower === 'of' && BODY_NAMED_WITH_OF.test(t[k - 1]?.lower ?? '')) {
      k++;
      while (k < trigger && isNpToken(t, k) && !this.startAt.has(k)) k++;
    }
    // "its justice minister, Abderrachid Tebbi, handed …": a name set off by commas is the same person
    if (t[k]?.text === ',') {
      let j = k + 1;
      while (j < trigger && t[j].pos === 'PROPN') j++;
      if (j > k + 1 && t[j]?.text === ',') k = j + 1;
    }
    if (k >= trigger) return true;
    if (this.followedByVerb(k)) return true;
    // a time phrase may stand between the noun and its infinitive
    for (let j = k; j < trigger && j < k + 6; j++) if (t[j].lower === 'to') return true;
    return false;
  }

  /**
   * "the League adopted a resolution that accused Ethiopia of …": a text that acts in a relative
   * clause speaks for whoever issued it, the subject of the verb that put it out
   */
  private authorOfText(k: number | null): RoleFinding | null {
    const t = this.a.tokens;
    if (k === null) return null;
    let j = k;
    while (j >= 0 && !(t[j].pos === 'NOUN' && ISSUED_TEXTS.test(t[j].lower)) && k - j < 3) j--;
    if (j < 0 || !ISSUED_TEXTS.test(t[j].lower)) return null;
    return this.subjectOfGoverningVerb(j, ISSUING_VERBS, 'author-of-text');
  }

  /**
   * "The Emirates sent ground troops who helped to drive the Houthis out": forces a relative clause
   * describes act for whoever sent them, the subject of the verb that has them as its object
   */
  private sendersOfForces(k: number | null): RoleFinding | null {
    if (k === null || !SENT_FORCES.test(this.a.tokens[k]?.lower ?? '')) return null;
    return this.subjectOfGoverningVerb(k, SENDING_VERBS, 'sender-of-forces');
  }

  /** the subject of the active verb (one of `verbs`) whose object phrase ends in the noun at `head` */
  private subjectOfGoverningVerb(head: number, verbs: RegExp, how: string): RoleFinding | null {
    const t = this.a.tokens;
    let j = head;
    while (j > 0 && isNpToken(t, j - 1) && !this.endAt.has(j - 1)) j--;
    const verb = t[j - 1];
    if (verb?.pos !== 'VERB' || !verbs.test(verb.lemma)) return null;
    // "the ambassador is handed a note that …": the one handed it is no author
    if (t[j - 2]?.lemma === 'be' || t[j - 3]?.lemma === 'be') return null;
    const found = this.subject(j - 1);
    return found ? { mentions: found.mentions, how } : null;
  }

  private antecedent(k: number | null): number | null {
    if (k === null) return null;
    // the antecedent is the phrase just before the relative word; an actor counts only inside it
    const t = this.a.tokens;
    for (let j = k; j >= 0 && j >= k - 3; j--) {
      const m = this.endAt.get(j);
      if (m !== undefined) return m;
      if (!isNpToken(t, j)) break;
    }
    // "the government of Fidel Sánchez Hernández, which …": a head named by a person the
    // dictionary lacks is the phrase before that name
    let j = k;
    while (j >= 0 && k - j < 5 && t[j].pos === 'PROPN') j--;
    if (j < k && t[j]?.lower === 'of') {
      const m = this.endAt.get(j - 1);
      if (m !== undefined) return m;
    }
    return null;
  }

  /** "Among those that X were A, B and C": the actors named after a copula */
  invertedSubject(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    for (let k = trigger + 1; k < t.length - 1; k++) {
      if (t[k].lemma === 'be' || t[k].lemma === 'include') {
        let j = k + 1;
        while (j < t.length && t[j].pos === 'DET') j++;
        const m = this.startAt.get(j);
        if (m !== undefined && t[0].lower === 'among')
          return { mentions: this.group(m), how: 'inverted-subject' };
      }
    }
    return null;
  }

  /** the possessor or adjective inside the trigger's noun phrase ("Russia's annexation", "the Soviet withdrawal") */
  possessor(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    for (let k = trigger - 1; k >= 0 && k >= trigger - 7; k--) {
      const m = this.endAt.get(k) ?? (isPossessiveMarker(t[k]) ? this.endAt.get(k - 1) : undefined);
      if (m !== undefined) return { mentions: this.group(m), how: 'possessor' };
      if (!isNpToken(t, k) && t[k].pos !== 'ADV') return null;
    }
    return null;
  }

  /**
   * "Moscow proclaimed the annexation of …", "Beijing retaliated with duties on …": the subject of a
   * light verb that governs the event noun is the noun's source. Verbs that take an event as their
   * topic ("condemned the annexation") are not in the list, so their subject never becomes a source.
   */
  governor(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    let k = trigger - 1;
    while (
      k >= 0 &&
      trigger - k <= 6 &&
      (NP_LEFT_POS.has(t[k].pos) ||
        (t[k].pos === 'NOUN' && t[k].lower !== 'of') ||
        t[k].text === '-' ||
        t[k].text === '$')
    )
      k--;
    // "authorised a doubling of tariffs", "imposed a new round of sanctions": the measure's amount
    // stands between the verb and the measure
    if (k > 0 && t[k].lower === 'of' && MEASURE_AMOUNT.test(t[k - 1].lower)) {
      k -= 2;
      while (k >= 0 && NP_LEFT_POS.has(t[k].pos)) k--;
    }
    if (k >= 0 && (t[k].lower === 'with' || t[k].lower === 'by')) {
      // "retaliated within hours with duties": a short adverbial may stand between verb and "with"
      let j = k - 1;
      while (
        j >= 0 &&
        k - j <= 4 &&
        !(t[j].pos === 'VERB' && RESPONSE_VERBS.has(t[j].lemma)) &&
        /^(ADV|ADP|NOUN|NUM|DET|ADJ)$/.test(t[j].pos)
      )
        j--;
      if (j >= 0 && t[j].pos === 'VERB' && RESPONSE_VERBS.has(t[j].lemma)) k = j;
    }
    // "opted instead for new sanctions": choosing a measure is taking it
    if (k > 0 && t[k].lower === 'for') {
      let j = k - 1;
      while (j > 0 && t[j].pos === 'ADV') j--;
      if (t[j].pos === 'VERB' && /^(opt|settle)$/.test(t[j].lemma)) k = j;
    }
    if (
      k < 0 ||
      t[k].pos !== 'VERB' ||
      !(GOVERNING_VERBS.has(t[k].lemma) || /^(opt|settle)$/.test(t[k].lemma))
    )
      return null;
    const f = this.subject(k);
    return f ? { mentions: f.mentions, how: 'governor' } : null;
  }

  /** every actor inside the trigger's noun phrase ("joint Iranian-Russian exercises") */
  nounPhrase(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    let s = trigger;
    while (s > 0 && isNpToken(t, s - 1)) s--;
    let e = trigger;
    while (e + 1 < t.length && isNpToken(t, e + 1)) e++;
    const found = this.mentions.map((m, i) => ({ m, i })).filter((x) => x.m.ts >= s && x.m.te - 1 <= e);
    return found.length ? { mentions: found.map((x) => x.i), how: 'noun-phrase' } : null;
  }

  /** the first actor after the trigger in the same clause, filtered by its preposition */
  after(from: number, preps: Set<string> | 'obj' | 'next' | 'np', trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    const clause = clauseAt(this.a.clauses, trigger);
    for (let k = from; k < t.length; k++) {
      if (k > from && k >= clause.end && !this.insideAside(trigger)) {
        // an aside or bracket inside the clause does not end it
        const c = clauseAt(this.a.clauses, k);
        if (c.kind !== 'aside' || preps === 'obj') return null;
      }
      // "condemns the invasion but sends no troops to …": a second predicate has its own objects
      // ("shelled and seized the town" shares one)
      if (
        preps !== 'next' &&
        (k > from || from - 1 > trigger) &&
        t[k].pos === 'CCONJ' &&
        (t[k + 1]?.pos === 'VERB' || (t[k + 1]?.pos === 'ADV' && t[k + 2]?.pos === 'VERB'))
      )
        return null;
      const m = this.startAt.get(k);
      if (m === undefined) {
        if (preps === 'obj' && !(NP_LEFT_POS.has(t[k].pos) || t[k].text === '"' || t[k].text === '“'))
          return null;
        if (preps === 'np' && !isNpToken(t, k)) return null;
        continue;
      }
      // "at the request of Egypt and Sudan": the rest of a list the pattern already took is no new party
      const head = this.group(m)[0];
      if (head !== m && this.mentions[head].ts < from) {
        k = this.mentions[this.group(m).at(-1) as number].te - 1;
        continue;
      }
      if (preps === 'obj' || preps === 'next' || preps === 'np') {
        // "labelled their relations…": a possessive pronoun there points back at the subject
        if (this.mentions[m].referent && POSSESSIVE_PRONOUNS.has(t[k].lower)) continue;
        // "the tariffs it imposed on Australian wine": the subject of a contact clause is no object
        if (
          preps === 'next' &&
          this.mentions[m].referent &&
          /^(it|they)$/.test(t[k].lower) &&
          this.followedByVerb(k + 1)
        )
          continue;
        // "accept the ceasefire demanded by the Security Council": the agent of a participle
        // describing the object is no party to the act
        if (preps === 'next') {
          const by = this.tokenBefore(m);
          if (t[by]?.lower === 'by' && t[by - 1] && isPastParticiple(t[by - 1])) {
            k = this.mentions[this.group(m).at(-1) as number].te - 1;
            continue;
          }
        }
        return { mentions: this.group(m), how: preps };
      }
      // "hosted by their Russian counterpart": a possessive pronoun before a named actor yields to it
      if (this.mentions[m].referent && POSSESSIVE_PRONOUNS.has(t[k].lower)) {
        const named = this.startAt.get(this.mentions[m].te);
        if (named !== undefined && !this.mentions[named].referent) continue;
      }
      const p = this.prepBefore(m);
      // "the killing of its soldiers by Pakistani troops": a possessive pronoun there is the speaker's own
      const own = this.mentions[m].referent && POSSESSIVE_PRONOUNS.has(t[k].lower) && preps.has('by');
      // "held talks, with Qatar mediating": an absolute "with" phrase names a third party, not a partner
      const last = this.mentions[this.group(m).at(-1) as number];
      const absolute =
        p === 'with' && /ing$/.test(t[last.te]?.lower ?? '') && t[this.tokenBefore(m) - 1]?.text === ',';
      if (p && preps.has(p) && !own && !absolute) return { mentions: this.group(m), how: `pp-${p}` };
      k = this.mentions[this.group(m).at(-1) as number].te - 1;
    }
    return null;
  }

  /** "told X that …", "assured X that …": whom the clause holding the trigger was said to */
  addressee(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    for (let k = trigger - 1; k >= 0 && k >= trigger - 30; k--) {
      if (/^(tell|assure|inform|promise|warn|write|remind|brief)$/.test(t[k].lemma) && t[k].pos === 'VERB') {
        return this.after(k + 1, 'next', k);
      }
    }
    return null;
  }

  /**
   * "The Application instituting proceedings against Chile was lodged by Bolivia", "a complaint
   * about the incursions was filed by Accra": a noun or participle inside the subject of a passive
   * whose agent is named; the agent carried the act out.
   */
  carrierAgent(trigger: number): RoleFinding | null {
    const t = this.a.tokens;
    for (let k = trigger - 1; k >= 0; k--) {
      if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].text === ';' || t[k].text === ':') return null;
    }
    for (let k = trigger + 1; k < t.length && k - trigger <= 20; k++) {
      const tok = t[k];
      if (tok.text === ';' || tok.text === ':' || tok.lower === 'which' || tok.lower === 'that') return null;
      if (!/^(?:was|were|is|are|has|have|had|been)$/.test(tok.lower)) {
        // "gas intended for …": a participle describing a noun of the subject is passed over
        if ((tok.pos === 'VERB' || tok.pos === 'AUX') && !isPastParticiple(tok) && !tok.lower.endsWith('ing'))
          return null;
        continue;
      }
      let j = k + 1;
      while (t[j] && (t[j].pos === 'ADV' || /^(?:been|being)$/.test(t[j].lower))) j++;
      if (!t[j] || !isPastParticiple(t[j]) || !GOVERNING_VERBS.has(t[j].lemma)) return null;
      return this.agent(j);
    }
    return null;
  }

  /** the agent of a passive: "by X" after the trigger */
  agent(trigger: number): RoleFinding | null {
    const after = this.after(trigger + 1, new Set(['by']), trigger);
    if (after) return after;
    const t = this.a.tokens;
    // "was received instead by the King's brother, Crown Prince Hassan": the agent named in an
    // apposition to a description of no country
    let by = trigger + 1;
    while (t[by] && by - trigger <= 3 && t[by].pos === 'ADV') by++;
    if (t[by]?.lower === 'by') {
      let k = by + 1;
      while (t[k] && k - by <= 6 && (NP_LEFT_POS.has(t[k].pos) || /^(?:NOUN|PROPN|PART)$/.test(t[k].pos)))
        k++;
      const named = t[k]?.text === ',' && k > by + 1 ? this.startAt.get(k + 1) : undefined;
      if (named !== undefined && this.mentions[named].actor && !this.mentions[named].referent)
        return { mentions: [named], how: 'agent' };
    }
    // "By President Farmaajo, by contrast, the judgment was welcomed": the agent fronted
    if (t[0]?.text !== 'By') return null;
    let k = 1;
    while (t[k] && NP_LEFT_POS.has(t[k].pos)) k++;
    const m = this.startAt.get(k);
    if (
      m === undefined ||
      this.mentions[m].te >= trigger ||
      t[this.mentions[this.group(m).at(-1) as number].te]?.text !== ','
    )
      return null;
    return { mentions: this.group(m), how: 'agent' };
  }
}

const ISSUED_TEXT =
  /^(statement|treaty|letter|resolution|communique|declaration|report|note|proposal|draft|message|plan|memorandum|law|decree|order|list|document|speech|cable|tweet|post|application|petition|request|complaint|motion|memorial)$/;

export function slotFinding(ctx: RoleContext, slot: number | null, how: string): RoleFinding | null {
  return slot === null ? null : { mentions: ctx.group(slot), how };
}

export type { PatternMatch };
