/**
 * Whose "we" a document is written in, when nothing introduces the writer: an op-ed by a citizen,
 * a ministry's briefing, a diplomat's oral history, a minister's brief. Such writers talk of "our
 * ambassador", "our embassy in Jakarta", "our exporters", and they name the other state far more
 * often than their own, since the sentences with "we" are about dealings with it. So a sentence in
 * the writer's first person that names one side of the report's pair votes for the other side, a
 * country named as the place of "our embassy in …" counts twice against itself, and "our Swedish
 * flag" counts for its own. A report written in the analyst's "we" ("as we have seen") has no
 * "our government" or "our embassy" and is left with no voice.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import { countryOf } from './country-of.js';
import { findSpeaker, inside, quoteSpans, SPEECH_VOICE } from './speakers.js';

/** a state's own organs, people and interests said with "our": the mark of a state's voice */
const STATE_OWN =
  /\b[Oo]ur\s+(?:[a-z-]+\s+)?(?:country|nation|government|embassy|embassies|ambassadors?|chargé|envoys?|mission|consulate|consular|navy|army|air force|military|troops|soldiers|sailors|forces|president|prime minister|foreign minister|ministers?|secretary|citizens|nationals|diplomats|borders?|territory|waters|flag|courts?|parliament|police|coast guard|fishermen|exporters|farmers|side|delegation|accession|membership|relationship|neighbou?rs?|security services|coast|coastline|zone|cooperation|alignment)(?![\p{L}])/gu;
/** only the plural speaks for a state: "I" is the writer */
const FIRST_PLURAL = /\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b/g;
const HAS_FIRST_PLURAL = new RegExp(FIRST_PLURAL.source);
/** "our embassy in Ankara", "our ambassador to Beijing", "our chargé … from Beijing" */
const OWN_ORGAN_AT = /\b[Oo]ur\s+(?:[a-z-]+\s+){1,3}(?:in|to|from|at|with)\s+(?:the\s+)?$/;
/** "our Swedish flag", "our Canadian exporters" */
const OWN_ADJECTIVE = /\b[Oo]ur\s+$/;
/** "our prime minister, Hailemariam Desalegn": one of our own, by name */
const OWN_APPOSITIVE = /\b[Oo]ur\s+(?:[A-Za-z-]+\s+){1,6}?[A-Za-z-]+,\s+$/;
/** how many opening sentences may hold the issuing line ("*Daily Herald (Addis Ababa), Saturday …*") */
const ISSUING_SENTENCES = 3;

const VOICE_TYPES = new Set(['state', 'leader', 'government', 'military', 'person']);
const PERSON_TYPES = new Set(['leader', 'person', 'government']);
/** how many first-person words a document needs before its "we" may be a state's */
const MIN_FIRST_PERSON = 4;
/** how many times the other side has to be named as the one dealt with, and by what margin */
const MIN_AGAINST = 4;
const MIN_MARGIN = 2;
/** how often, against the second state, a third has to be named to be a candidate */
const THIRD_SHARE = 0.7;

/** a government's briefing, press conference or statement, as its opening names it */
const BRIEFING = /\b(?:briefing|press conference|news conference|transcript|readout|statement by)\b/i;
/** a seat of government told by its building: "Downing Street", "the White House", "the Kremlin" */
const SEAT =
  /\b(?:Street|House|Kremlin|Palace|Élysée|Elysee|Matignon|Moncloa|Zhongnanhai|Quai|Chancellery|Bellevue|Casa Rosada)\b/;
/** how many opening sentences may say whose briefing a document is */
const OPENING_SENTENCES = 4;

/**
 * "the afternoon briefing held at Downing Street": a transcript of a government's own briefing is
 * in that government's voice, whatever its "we" says
 */
function briefingSeat(
  sentences: readonly { text: string }[],
  mentionsOf: (text: string) => ActorMention[],
): ActorMention | null {
  const opening = sentences.slice(0, OPENING_SENTENCES).map((s) => s.text);
  if (!opening.some((t) => BRIEFING.test(t))) return null;
  for (const text of opening) {
    const m = mentionsOf(text).find(
      (x) => x.how === 'metonym' && SEAT.test(x.text) && countryOf(x).length === 3,
    );
    if (m) return voiceOf(m);
  }
  return null;
}

/** a mention that may speak for a state: a particular one, of a state, not an organisation */
function speaksForState(x: ActorMention): boolean {
  return !x.generic && countryOf(x).length === 3 && x.type !== 'igo';
}

/** "Toast by the President of …", "text as delivered by President …": the words a leader spoke */
const SPOKEN_BY =
  /\b(?:delivered|spoken|toast|remarks|speech|address|keynote|lecture|statement|text)\s+by\s+(?:the\s+)?$/i;

/**
 * "Toast by the President of the United States", "English text as delivered by President Barack
 * Obama": a speech's title or its delivery line names the leader whose "I" and "we" it is. Not
 * "given by": a luncheon or a reception is given by its host.
 */
function deliveredBy(
  title: string | null,
  sentences: readonly { text: string }[],
  mentionsOf: (text: string) => ActorMention[],
): ActorMention | null {
  const opening = [...(title ? [title] : []), ...sentences.slice(0, OPENING_SENTENCES).map((s) => s.text)];
  for (const text of opening) {
    const m = mentionsOf(text).find(
      (x) =>
        speaksForState(x) &&
        PERSON_TYPES.has(x.type) &&
        SPOKEN_BY.test(text.slice(Math.max(0, x.start - 40), x.start)),
    );
    if (m) return { ...voiceOf(m), entryId: SPEECH_VOICE, entryIds: [SPEECH_VOICE] };
  }
  return null;
}

/** the address lines of a State Department cable: "FROM: AMEMBASSY CAIRO", "TO: SECSTATE WASHDC" */
const US_CABLE_ADDRESS = /\b(?:FROM|FM):?\s+(?:AMEMBASSY|AMCONSUL|USMISSION)\b|\bSECSTATE\s+WASHDC\b/;
/** how many opening sentences may hold a cable's address lines (after a title and an editor's note) */
const CABLE_HEADER_SENTENCES = 12;

/** a cable of the State Department's is written for the United States, whatever its "we" says */
function cableOrigin(
  sentences: readonly { text: string }[],
  mentionsOf: (text: string) => ActorMention[],
): ActorMention | null {
  if (!sentences.slice(0, CABLE_HEADER_SENTENCES).some((s) => US_CABLE_ADDRESS.test(s.text))) return null;
  const us = mentionsOf('the United States').find((m) => countryOf(m) === 'USA');
  return us ? voiceOf(us) : null;
}

/** the kinds of document whose opening says whose voice they are in */
const AUTHORED_KIND =
  /\b(?:memoirs?|recollections|reminiscences|diar(?:y|ies)|oral history|testimony|briefing|press conference|news conference|(?:oral|ministerial|written) statement|readout|white (?:paper|book)|written questions?|answers? (?:received )?from|answered by)\b/i;
/** the organs and people of a state that may write or speak a whole document */
const AUTHOR_TYPES = new Set(['government', 'legislature', 'leader']);

/**
 * "Recollections of a Soviet Diplomat", "Weekly briefing by the spokesperson of the Ministry of
 * Foreign Affairs of the Russian Federation", "House of Commons … Oral statement": an opening that
 * names the kind of document and the state organ or official behind it gives the document's voice
 */
function authoredBy(
  sentences: readonly { text: string }[],
  mentionsOf: (text: string) => ActorMention[],
): ActorMention | null {
  const opening = sentences.slice(0, OPENING_SENTENCES + 1).map((s) => s.text);
  if (!opening.some((t) => AUTHORED_KIND.test(t))) return null;
  for (const text of opening) {
    const m = mentionsOf(text).find(
      (x) =>
        speaksForState(x) &&
        // "ahead of the meeting with the Moroccan ambassador": an official met is no author
        ((AUTHOR_TYPES.has(x.type) &&
          (x.how !== 'agent' || AUTHOR_OF_BEFORE.test(text.slice(Math.max(0, x.start - 50), x.start)))) ||
          (x.how === 'demonym' &&
            ROLE_AFTER.test(text.slice(x.end)) &&
            AUTHOR_OF_BEFORE.test(text.slice(Math.max(0, x.start - 50), x.start))) ||
          ORGAN_OF_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start))),
    );
    if (m) return voiceOf(m);
  }
  return null;
}

/** "a Soviet diplomat", "the Soviet embassy": a demonym on one who serves a state */
const ROLE_AFTER =
  /^\s+(?:diplomat|ambassador|counsell?or|official|officer|minister|envoy|embassy|general|spokes(?:man|woman|person)|foreign ministry|government)s?\b/i;
/** "memoir of a former counsellor of the (Soviet embassy)", "by the (Russian) spokesperson": the author's phrase */
const AUTHOR_OF_BEFORE =
  /\b(?:of|by)\s+(?:a|an|the)\s+(?:(?!(?:with|to|against|and|for)\s)[a-z]+\s+){0,4}(?:of\s+the\s+)?$/i;
/**
 * "the Ministry of Foreign Affairs of the Russian Federation", "Ministry of Unification, Republic of
 * Korea": a state named as an organ's owner
 */
const ORGAN_OF_BEFORE =
  /\b(?:(?:ministry|embassy|government|office|spokes(?:man|woman|person)|foreign affairs|parliament|presidency)\s+of|(?:Ministry|Department|Office) of(?: [A-Z][\p{L}-]+)+,)\s+(?:the\s+)?$/iu;

/** a mention standing for the writer's state, at no place in the text */
function voiceOf(m: ActorMention): ActorMention {
  return {
    ...m,
    start: 0,
    end: 0,
    text: '',
    code: countryOf(m),
    country: countryOf(m),
    entryId: 'writer-voice',
    how: 'speaker',
    entryIds: ['writer-voice'],
  };
}

function countMatches(re: RegExp, text: string, spans: Array<[number, number]>): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!inside(spans, m.index)) n++;
  return n;
}

/**
 * the state whose voice the document's unattributed "we" is, as a mention of that state; `mentionsOf`
 * resolves a sentence's actors and `focal` is the report's pair when its title names one
 */
export function inferWriterVoice(
  sentences: readonly { text: string }[],
  mentionsOf: (text: string) => ActorMention[],
  focal: readonly string[],
  title: string | null = null,
): ActorMention | null {
  const seat =
    deliveredBy(title, sentences, mentionsOf) ??
    briefingSeat(sentences, mentionsOf) ??
    cableOrigin(sentences, mentionsOf) ??
    authoredBy(sentences, mentionsOf);
  if (seat) return seat;
  const whole = sentences.map((s) => s.text).join(' ');
  const wholeSpans = quoteSpans(whole);
  if (countMatches(STATE_OWN, whole, wholeSpans) < 1) return null;
  if (countMatches(FIRST_PLURAL, whole, wholeSpans) < MIN_FIRST_PERSON) return null;

  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  const voiced: Array<{ text: string; found: ActorMention[]; spans: Array<[number, number]> }> = [];
  for (const { text } of sentences) {
    const firstPlural = HAS_FIRST_PLURAL.test(text);
    // the pair has to come from the whole document when the title names no two states
    if (!firstPlural && focal.length >= 2) continue;
    const found = mentionsOf(text);
    for (const m of found) {
      const c = countryOf(m);
      if (c.length !== 3 || m.type === 'igo') continue;
      counts.set(c, (counts.get(c) ?? 0) + 1);
      if (m.type === 'state' && !names.has(c)) names.set(c, m.name);
    }
    if (!firstPlural) continue;
    const spans = quoteSpans(text);
    if (countMatches(FIRST_PLURAL, text, spans) === 0) continue;
    // a sentence that quotes or introduces a speaker has their "we", not the writer's
    if (findSpeaker(text, found, spans)) continue;
    voiced.push({ text, found, spans });
  }
  // the title's pair, completed by the states named most ("Canadian meat" counts for Canada too);
  // a third named nearly as often may be the writer's own, since "we" stands in for its name
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const candidates = [...focal.slice(0, 2)];
  for (const [c] of ranked) if (candidates.length < 2 && !candidates.includes(c)) candidates.push(c);
  if (candidates.length < 2) return null;
  const third = ranked.find(([c]) => !candidates.includes(c));
  if (focal.length < 2 && third && third[1] >= THIRD_SHARE * (counts.get(candidates[1]) ?? 0))
    candidates.push(third[0]);

  /** evidence that "we" is this state: up for "our Swedish flag", down for a state dealt with */
  const score = new Map<string, number>(candidates.map((c) => [c, 0]));
  // a paper's issuing line names its city in brackets: an editorial's "we" is that city's country
  for (const { text } of sentences.slice(0, ISSUING_SENTENCES))
    for (const m of mentionsOf(text)) {
      const c = countryOf(m);
      if (m.how === 'metonym' && score.has(c) && text[m.start - 1] === '(' && text[m.end] === ')')
        score.set(c, (score.get(c) ?? 0) + 3);
    }
  let against = 0;
  for (const { text, found, spans } of voiced) {
    const sides = new Map<string, number>();
    for (const m of found) {
      if (!VOICE_TYPES.has(m.type) || m.generic || inside(spans, m.start)) continue;
      const c = countryOf(m);
      if (!candidates.includes(c)) continue;
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      if (OWN_ADJECTIVE.test(before) || (PERSON_TYPES.has(m.type) && OWN_APPOSITIVE.test(before)))
        sides.set(c, 2);
      else if (OWN_ORGAN_AT.test(before)) sides.set(c, -2);
      else if (!sides.has(c)) sides.set(c, -1);
    }
    // a sentence naming two sides plainly says nothing of which one "we" is
    const plain = [...sides.values()].filter((v) => v === -1).length;
    for (const [c, v] of sides)
      if (v !== -1 || plain === 1) {
        score.set(c, (score.get(c) ?? 0) + v);
        if (v < 0) against -= v;
      }
  }
  const best = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [winner, top] = best[0];
  // the other side has to have been named as the one dealt with, again and again
  if (against < MIN_AGAINST || top - best[1][1] < MIN_MARGIN) return null;
  return {
    start: 0,
    end: 0,
    text: '',
    code: winner,
    country: winner,
    name: names.get(winner) ?? winner,
    entryId: 'writer-voice',
    type: 'state',
    how: 'speaker',
    entryIds: ['writer-voice'],
  };
}
