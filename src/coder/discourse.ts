/**
 * Discourse-level recall: analytical reports are about a dyad, and many sentences state only one
 * side of an act ("Tokyo lodged a protest", "four employees of a Japanese firm were detained").
 * This module keeps the document's focal dyad (the countries named in its title, else the two
 * named most so far) and the running current dyad (the last two countries that acted or were acted
 * upon), and fills the missing side of an inherently dyadic act with the other member. It also
 * reads the country of an object phrase ("downed a Ukrainian airliner") and gives country-less
 * agents ("the foreign ministry", "the coast guard") the country of the actor that spoke last.
 * Everything it adds is marked inferred and lowers the event's confidence.
 * @module
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorsDataDir } from '../actors/index.js';
import type { ActorMention, ActorResolver } from '../actors/mention.js';
import { isNpToken, type Token } from '../nlp/index.js';
import { countryOf } from './country-of.js';
import type { CodedEvent } from './event.js';
import { isLanguageName } from './language-names.js';
import { findMatches, PatternIndex, type PatternMatch } from './match.js';
import type { PlacedMention } from './mentions.js';
import { NAME_LETTER, NAME_LOWER, NAME_UPPER } from './name-letters.js';
import type { Pattern, PatternElement } from './patterns.js';
import { gazetteerMentions } from './places.js';
import { stateMention } from './state-mention.js';

export interface DiscourseSide {
  mention: ActorMention;
  placed: PlacedMention;
}

/** what a document offers for its focal dyad */
export interface DiscourseDocument {
  metadata: { title: string | null };
  sections?: Array<{ heading: string }>;
}

const STATELIKE = new Set(['state', 'leader', 'government', 'military', 'igo']);
/** how many sentences back an actor still belongs to the current dyad */
const WINDOW = 4;

/**
 * Codes whose act always has another party: statements, appeals, investigations and street
 * protests often have none ("Pakistan issued a statement", "protesters marched"), so they never
 * get one from the discourse.
 */
export function isInherentlyDyadic(code: string): boolean {
  const root = code.slice(0, 2);
  if (root === '01') return code.startsWith('016');
  return root !== '02' && root !== '09' && root !== '14';
}

/** "arrested three activists": an object of the acting state's own people is no foreign party */
const DOMESTIC_OBJECT =
  /^(protesters?|demonstrators?|activists?|dissidents?|opponents?|critics?|journalists?|students?|workers?|citizens?|residents?|civilians?|villagers?|people|suspects?|militants?|rebels?|insurgents?|opposition|lawmakers?|officers?|generals?|ministers?|officials?|members?|clerics?|reformists?|bloggers?|lawyers?|leaders?|candidates?|parties|party|election|elections|referendum|budget|reforms?|constitution|law|bill|plan|programme|program|strategy|policy|forces|troops|units|reserves|army|navy|defences?|defenses?|arsenal|capabilities|capacity|memorandum|decree|order|orders|directive|legislation|statute)$/;

/** roots whose one-sided mention still names an act on the other party: not intentions (03) */
const INTENDED_ROOTS = /^(0[4-8]|1[0-35-9]|20|016)/;

/** objects that only exist between two parties: "rejected the charge", "boarded the trawler" */
const DYADIC_OBJECT =
  /^(charges?|accusations?|allegations?|claims?|demands?|proposals?|offers?|requests?|ultimatum|overtures?|invitations?|conditions|terms|protests?|tankers?|ships?|vessels?|trawlers?|boats?|airliners?|aircraft|jets?|planes?|drones?|helicopters?|submarines?|frigates?|destroyers?|nationals?|diplomats?|envoys?|ambassadors?|businessm[ae]n|fishermen|crews?|sailors?|spy|spies|employees|tourists|sanctions|tariffs|duties|embargo)$/;

/** a pattern with its target slot (and the preposition that introduced it) made optional */
function relaxTarget(p: Pattern): Pattern | null {
  if (!isInherentlyDyadic(p.code) || p.namedTarget) return null;
  if (p.elements.some((el) => el.kind === 'slot' && el.slot === 'S')) return null;
  const at = p.elements.findIndex((el, k) => k > p.triggerIndex && el.kind === 'slot' && el.slot === 'T');
  if (at < 0 || p.elements[at].optional) return null;
  // "detained ~ , an $T": an apposition names the target; without its slot it would match any comma
  if (p.elements.slice(p.triggerIndex, at).some((el) => el.words?.has(','))) return null;
  const elements: PatternElement[] = p.elements.map((el) => ({ ...el }));
  const rest = elements.slice(at + 1);
  const lastRequired = !rest.some((el) => !el.optional && el.kind !== 'wide-gap');
  elements.splice(at, 1);
  // "suspended contacts with $T" → "suspended contacts": a preposition left dangling goes too
  if (lastRequired && at - 1 > p.triggerIndex && elements[at - 1]?.functionWord) elements.splice(at - 1, 1);
  // a pattern left with nothing but its verb says too little to carry an act on its own
  const words = elements.filter((el) => el.kind === 'word' && !el.optional);
  if (words.length < 2) return null;
  // "expressed concern over the expulsions": a pattern whose target may be an act keeps looking for
  // that act's author
  return { ...p, elements, tgt: p.tgt.includes('event') ? ['event'] : [], sym: false };
}

interface Agent {
  sector: string;
  type: ActorMention['type'];
}

/** country-less agents a report names once its country is clear from context */
/** a crowd that is the subject of a verb of its own: "crowds stormed …", "protesters set … alight" */
const CROWD_ACTS = /^\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|ran|threw|set|broke|took|came|went|tore|held|fought)\b/;
/** crowds belong to the place they gather in, never to the state the discourse was about */
const POPULAR = ['protesters', 'demonstrators', 'rioters', 'crowds', 'mobs', 'crowd', 'mob'];

/** " of Fidel Sánchez Hernández": a person's name, two to four capitalised words with no article */
const NAME_AFTER_OF = /^\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})(?![\p{L}])/u;
/** words of a body's own name ("the Government of National Accord"), never of a person's */
const INSTITUTION_WORD =
  /^(?:National|Accord|Unity|Union|Salvation|Transition|Transitional|Reconciliation|Concord|Consensus|Republic|Kingdom|State|States|Federation|People|Peoples|Popular|Islamic|Democratic|Revolutionary|Provisional|Interim|Emergency|Defence|Defense|Independence|Liberation|Public|Affairs|Foreign|Rescue|Change|Hope|Solidarity|Alliance|Front|Council|Congress)$/;
const personNamedAfter = (rest: string): boolean => {
  const m = NAME_AFTER_OF.exec(rest);
  return !!m && !m[1].split(/\s+/).some((w) => INSTITUTION_WORD.test(w));
};

/** what a state guards as its own: "German sovereignty", "Japan's security" */
const OWN_GOOD_AFTER =
  /^(?:['’]s)?\s+(?:sovereignty|security|law|laws|territory|airspace|waters|soil|interests|citizens|nationals)\b/;

/** offices whose holder, named by office alone, speaks for a state */
const OFFICES = new Set([
  'foreign minister',
  'deputy foreign minister',
  'vice foreign minister',
  'assistant foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'foreign secretary',
  'secretary of state',
  'under secretary of state',
  'deputy secretary of state',
  'defense secretary',
  'defence secretary',
  'secretary of defense',
  'minister of foreign affairs',
  'minister for foreign affairs',
  'foreign affairs minister',
  'external affairs minister',
  'national security adviser',
  'national security advisor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  // "The Prime Minister declined to apologise to Jakarta": the head of a government named by
  // office alone is found like any other body (its place, the sentence's other party, the topic)
  'prime minister',
  'deputy prime minister',
  'president',
  'vice president',
  'chancellor',
  'premier',
]);

/**
 * "British frigates … Reykjavik accused the frigates of ramming": ships are named with their flag
 * once, and the bare word is theirs after; with none named, it is nobody we can say
 */
const WARSHIPS = new Set(['frigates', 'warships', 'gunboats', 'destroyers', 'corvettes']);

/** rulers who came by a coup or stand between regimes: one country's, named once with it */
const RULERS = new Set([
  'junta',
  'military junta',
  'ruling junta',
  'transitional government',
  'transitional authorities',
  'military rulers',
  'military government',
  'military regime',
  'coup leaders',
  'putschists',
]);
const MILITARY_RULERS = /^\s+(?:rulers|government|regime|junta|authorities|leadership)\b/i;
/**
 * a coup told with its country: "soldiers seized power in Niamey", "the coup in Mali", "Guinea's
 * coup", "officers ousted President Condé"; whoever rules after it is "the junta" of the report
 */
const COUP =
  /\b(?:coup|putsch|(?:seiz\w*|took|taken|tak\w+|grabb?\w*) power|overthr\w*|toppl\w*|oust\w*|depos\w*)\b/gi;

function loadAgents(): Map<string, Agent> {
  const out = new Map<string, Agent>();
  const wanted: Record<string, string[]> = {
    'agent-government': [
      'government',
      'federal government',
      'central government',
      'administration',
      'regime',
      'cabinet',
      'authorities',
      ...RULERS,
      // a state's own council, never the UN's
      'high security council',
      'national security council',
      'supreme national security council',
      'supreme security council',
      'security cabinet',
      // "the Presidency called the expulsion regrettable": the head of state's office
      'presidency',
      'presidential administration',
      'presidential office',
      'chancellery',
    ],
    'agent-ministry': [
      'foreign ministry',
      'defense ministry',
      'defence ministry',
      'interior ministry',
      'foreign office',
      'ministry of foreign affairs',
      'ministry of commerce',
      'commerce ministry',
      'trade ministry',
      'ministry of trade',
      'finance ministry',
      'ministry of finance',
      'economy ministry',
      'ministry of economy',
      'education ministry',
      'health ministry',
      'justice ministry',
      'energy ministry',
      'oil ministry',
      'agriculture ministry',
      'culture ministry',
      'tourism ministry',
      'transport ministry',
      'information ministry',
      'industry ministry',
      'ministry',
    ],
    'agent-military': [
      'military',
      'army',
      'air force',
      'navy',
      'armed forces',
      'special forces',
      'security forces',
      'air defences',
      'air defenses',
      'marines',
      'border guards',
      'revolutionary guards',
      ...WARSHIPS,
    ],
    // "the foreign minister condemned …": an official named by office alone speaks for a state
    'agent-official': [...OFFICES],
    'agent-legislature': ['parliament', 'legislature'],
    'agent-judiciary': [
      'court',
      'supreme court',
      // "the District Court of The Hague", "the district court in Rotterdam": the place says whose
      'district court',
      'regional court',
      'city court',
      'military court',
      'appeals court',
      'high court',
      'judiciary',
      'prosecutors',
      'judge',
      // "a grand jury in Washington indicted …": the place says whose
      'grand jury',
      'grand juries',
      'federal court',
      'federal judge',
    ],
    'agent-police': ['police'],
  };
  let lines: string[] = [];
  try {
    lines = readFileSync(join(actorsDataDir(), 'agents.jsonl'), 'utf8').split('\n');
  } catch {
    // without the dictionary the sectors below still hold
  }
  const sectors = new Map<string, Agent>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as { id: string; sector?: string; type?: ActorMention['type'] };
    if (e.sector && e.type) sectors.set(e.id, { sector: e.sector, type: e.type });
  }
  const fallback: Record<string, Agent> = {
    'agent-government': { sector: 'GOV', type: 'government' },
    'agent-ministry': { sector: 'GOV', type: 'government' },
    'agent-official': { sector: 'GOV', type: 'government' },
    'agent-military': { sector: 'MIL', type: 'military' },
    'agent-legislature': { sector: 'LEG', type: 'government' },
    'agent-judiciary': { sector: 'JUD', type: 'government' },
    'agent-police': { sector: 'COP', type: 'military' },
  };
  for (const [id, names] of Object.entries(wanted))
    for (const n of names) out.set(n, sectors.get(id) ?? fallback[id]);
  // not in the agents dictionary under these words, but sectors all the same
  out.set('coast guard', { sector: 'MIL', type: 'military' });
  out.set('guards', { sector: 'MIL', type: 'military' });
  out.set('officials', { sector: 'GOV', type: 'government' });
  out.set('ministers', { sector: 'GOV', type: 'government' });
  for (const crowd of POPULAR) out.set(crowd, { sector: 'OPP', type: 'faction' });
  return out;
}

const AGENT_WORDS = loadAgents();
// "its ministers", "the two ministers": with a word before it, "ministers" is seldom one state's body
const AGENT_ALTERNATION = [...AGENT_WORDS.keys()]
  .filter((w) => w !== 'ministers')
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
/** plurals that name a body of a state without an article: "prosecutors said", "special forces struck" */
const BARE_AGENTS = `prosecutors|police|officials|grand\\s+juries|(?<=^|[,;]\\s|\\b(?:[Gg]overnment|[Cc]abinet|[Ss]enior)\\s)ministers|special\\s+forces|security\\s+forces|air\\s+defen[cs]es|border\\s+guards|${POPULAR.join('|')}`;
/** "Foreign Minister Ana Ruiz": an office as a title before a name the dictionary does not know */
const TITLED_OFFICES = String.raw`Ambassador|(?:Special\s+)?Envoy|(?:Deputy\s+)?(?:Foreign|Defen[cs]e|Interior|Trade|Finance|Economy|Energy|Health|Justice|Agriculture|Commerce|Industry|Transport|Culture|Education)\s+Minister|Foreign\s+Secretary|(?:Under\s+|Deputy\s+)?Secretary\s+of\s+State|Defen[cs]e\s+Secretary|Secretary\s+of\s+Defen[cs]e|(?:Foreign|External)\s+Affairs\s+Minister|National\s+Security\s+Advis[oe]r`;
const AGENT_RE = new RegExp(
  `\\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Oo]ur)\\s+)(${AGENT_ALTERNATION})\\b|\\b(${BARE_AGENTS})\\b|\\b(${TITLED_OFFICES})(?=\\s+[${NAME_UPPER}][${NAME_LOWER}])`,
  'gi',
);
/** a word each title of TITLED_OFFICES holds */
const TITLE_HEADS = ['ambassador', 'envoy', 'minister', 'secretary', 'advisor', 'adviser'];
/**
 * a word every match of AGENT_RE holds: an agent's last word or a title's head. Most sentences hold
 * none, and this test costs a third of AGENT_RE's.
 */
const AGENT_KEY_WORD = new RegExp(
  `\\b(?:${[...new Set([...AGENT_WORDS.keys()].map((w) => w.slice(w.lastIndexOf(' ') + 1))), ...TITLE_HEADS].join('|')})\\b`,
  'i',
);
const NAME_AFTER_TITLE = new RegExp(`^(?:\\s+[${NAME_UPPER}][${NAME_LETTER}'’-]+){1,3}`);
/** "Japan's coast guard", "the Japan Coast Guard": an agent word right after a country's name */
const AGENT_AFTER_NAME = new RegExp(`^(?:['’]s)?\\s+(${AGENT_ALTERNATION})\\b`, 'i');
/**
 * each agent word's singular, with the pattern that finds it inside a dictionary name ("Islamic
 * Revolutionary Guard Corps"): built once, where building them per mention cost more than the rest
 * of the discourse bookkeeping
 */
const AGENT_HEADS = [...AGENT_WORDS.keys()].map((w) => {
  const head = singular(w);
  // ("British frigates" holds the head "frigate", as "the Iranian navy" holds "navy")
  return { head, re: new RegExp(`\\b${head}s?\\b`) };
});
/**
 * The country of a coup the sentence tells: the state named right after the coup's words ("seized
 * power in Niamey", "ousted President Bazoum") or right before them ("Guinea's coup", "the Malian
 * putsch").
 */
function coupCountryOf(text: string, resolved: ActorMention[]): string | null {
  COUP.lastIndex = 0;
  for (let m = COUP.exec(text); m; m = COUP.exec(text)) {
    const end = m.index + m[0].length;
    const named = (r: ActorMention) => !r.generic && STATELIKE.has(r.type) && countryOf(r).length === 3;
    const after = resolved.find(
      (r) =>
        named(r) &&
        r.start >= end &&
        /^\s+(?:in|of|against)?\s*(?:the\s+)?(?:\w+\s+)?$/.test(text.slice(end, r.start)),
    );
    const before = resolved.find(
      (r) => named(r) && r.end <= m.index && /^(?:['’]s)?\s+$/.test(text.slice(r.end, m.index)),
    );
    const found = after ?? before;
    if (found) return countryOf(found);
  }
  return null;
}

/**
 * the agent heads inside each dictionary name, in AGENT_HEADS order: a report names the same bodies
 * again and again, and testing every head's pattern on each mention cost more than the rest of learnAgents
 */
const headsOfName = new Map<string, string[]>();
const HEADS_OF_NAME_LIMIT = 10_000;
function agentHeadsIn(name: string): string[] {
  let heads = headsOfName.get(name);
  if (heads === undefined) {
    heads = AGENT_HEADS.filter(({ re }) => re.test(name)).map(({ head }) => head);
    if (headsOfName.size >= HEADS_OF_NAME_LIMIT) headsOfName.clear();
    headsOfName.set(name, heads);
  }
  return heads;
}
/** nouns for a word or deed whose author follows "of": "the reaction of Moscow", "the claims of Baku" */
const AUTHORED_NOUN =
  /^(?:reaction|reactions|response|responses|claim|claims|decision|decisions|statement|statements|remarks|position|positions|proposal|proposals|demand|demands|accusation|accusations|allegation|allegations|assertion|assertions|conduct|behaviou?r|actions|policy|policies|attempt|attempts|threat|threats|move|moves|stance|insistence|refusal|ultimatum)$/;

/** the actor starting at token `k` stands after "the <authored noun> of (the)" */
function authorAfterOf(tokens: Token[], k: number): boolean {
  let j = k - 1;
  // "the claim of PJSC Gazprom": a company's legal form is no word of the phrase
  if (/^(?:PJSC|JSC|OJSC|OAO|PAO|AO|SA|AG|LLC|Ltd)$/.test(tokens[j]?.text ?? '')) j--;
  if (tokens[j]?.lower === 'the') j--;
  return tokens[j]?.lower === 'of' && AUTHORED_NOUN.test(tokens[j - 1]?.lower ?? '');
}

/** how many opening sentences may name the body whose voice a document is */
const VOICE_SENTENCES = 8;
/** a ministry a title names as the author of what follows: "…, in the Algerian Foreign Ministry's own words" */
const TITLED_AUTHOR =
  /^[\w\s]*?\bMinistry(?:['’]s\s+(?:own\s+)?(?:words|statements|communiqu[eé]s|releases|record)|\s*:)/;
/** a body's formal name, head first: "Ministry of Foreign Affairs of …", "Department of State" */
const FORMAL_BODY = /^(?:the\s+)?(?:Ministry|Department|Embassy|Permanent Mission|Foreign Office)\s+of\b/;
/** how long a body named once with its country ("the Japan Coast Guard") keeps that country */
const AGENT_MEMORY = 40;
/** how many sentences a bystander's body, named with its country, stays the one "the ministry" means */
const BYSTANDER_MEMORY = 2;

/**
 * Heads that turn an agent word into a modifier ("military exercises", "government bonds",
 * "regime change"): the phrase names a thing, not an actor.
 */
const MODIFIED_HEAD =
  /^(?:demarcation|line|lines|exercises?|drills?|bonds?|debt|change|spending|budgets?|bases?|installations?|aid|assistance|hardware|equipment|intelligence|data|policy|policies|buildings?|headquarters|compound|parade|coup|rule|takeover|crackdown|facilit(?:y|ies)|cooperation|ties|talks|channels?|contacts?|zone|posts?|vehicles?|aircraft|jets?|planes?|ships?|vessels?|positions?|targets?|sites?|offensive|operations?|campaign|statement|media|newspaper|agency|press|website|figures?|reforms?|shutdown|subsid(?:y|ies)|contracts?|grants?|securities|ruling|decisions?|cases?|orders?|hearing)\b/;

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "guards" and "guard", "forces" and "force" name the same body */
function singular(words: string): string {
  return words.replace(/s$/, '');
}

/** "at the air base in Iraq", "near Kyiv": a country named as the place of an act */
const PLACE_BEFORE = /\b(?:in|at|near|on|inside|outside|across|over)\s+(?:the\s+)?$/i;
/** "served in Tehran and Vienna": the last of a list of places is a place too */
const LISTED_PLACE_BEFORE =
  /\b(?:in|at|near)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)*,?\s+and\s+$/;
function isPlaceMention(m: ActorMention, text: string): boolean {
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) ||
    LISTED_PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
  );
}

/** the country of a gazetteer place that starts right at `at` */
function placeAt(text: string, at: number): string | null {
  const place = gazetteerMentions(text.slice(at, at + 40), [])[0];
  return place?.start === 0 ? place.country : null;
}

/** "the Auckland police", "Lyon police officers": a town's police is its country's */
const CITY_POLICE =
  /\b(?:[Tt]he\s+)?((?:[A-Z][\w'’-]+\s+){1,2}?)(?:[Mm]etropolitan\s+|[Cc]ity\s+)?[Pp]olice\b/g;

/**
 * bodies named after a town of the gazetteer (`pattern`'s first group is the town), as mentions of
 * that town's country's `sector`
 */
function cityBodies(
  pattern: RegExp,
  sector: string,
  kind: string,
  text: string,
  resolved: ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]);
    const end = m.index + m[0].length;
    if (resolved.some((r) => r.start < end && at < r.end)) continue;
    const country = placeAt(text, at);
    if (!country) continue;
    out.push({
      start: at,
      end,
      text: text.slice(at, end),
      code: `${country}${sector}`,
      country,
      name: text.slice(at, end),
      entryId: `agent-context:${kind}`,
      type: 'government',
      how: 'agent',
      entryIds: [],
    });
  }
  return out;
}

/** "the Pskov Regional Court", "the Dalian Intermediate People's Court": a court named after a city */
const CITY_COURT =
  /\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w'’-]+\s+){1,4}?)(?:(?:[Rr]egional|[Dd]istrict|[Cc]ity|[Mm]unicipal|[Mm]ilitary|[Gg]arrison|[Pp]rovincial|[Ii]ntermediate|[Hh]igher|[Hh]igh|[Ss]upreme|[Aa]ppeals?|People['’]s|[Cc]riminal|[Cc]ircuit|[Mm]agistrates['’]?|[Ss]tate [Ss]ecurity)\s+)*[Cc]ourt\b/g;

/** the words before a body an envoy is summoned to */
const SUMMONED_TO = /\b(?:summoned|called\s+in|invited)\s+to\s+(?:the\s+)?$/i;

/** the country of a place named by a sentence's opening "In X," or "From X," right before a body at `at` */
function openingSeat(text: string, resolved: ActorMention[], at: number): string | null {
  const place = resolved.find(
    (r) => r.start <= 12 && /^(?:In|From|At)\s+(?:the\s+)?$/.test(text.slice(0, r.start)),
  );
  if (
    place?.type !== 'state' ||
    // ("In Accra the crowds tore down …": without the comma, only the article between)
    !/^(?:\s*,\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}|\s+the\s+)$/.test(text.slice(place.end, at))
  )
    return null;
  const country = countryOf(place);
  return country.length === 3 ? country : null;
}

export class Discourse {
  private readonly relaxed: PatternIndex;
  private focal: string[] = [];
  private titled: string[] = [];
  private counts = new Map<string, number>();
  /** countries that acted or were acted upon, most recent last */
  private recent: Array<{ country: string; sentence: number }> = [];
  private pending: Array<{ country: string; sentence: number }> = [];
  /** the state mention first seen for each country, to name inferred parties */
  private names = new Map<string, ActorMention>();
  private lastSource: { country: string; sentence: number } | null = null;
  /** the first state each sentence names outside place phrases: what it is about */
  private topics = new Map<number, string>();
  /** agent words last named with their country, by singular form */
  private learnedAgents = new Map<string, { country: string; sentence: number }>();
  /**
   * a body named in full in the opening lines ("press releases of the Ministry of Foreign Affairs of
   * the Republic of Moldova") is the document's own voice: "the Ministry" stays that body throughout,
   * even after another state's ministry is named
   */
  private voiceAgents = new Map<string, string>();
  /** the state a document's own "we" speaks for, when its sentences give it away (writer-voice.ts) */
  private writerVoice: string | null = null;
  private ownVoice: string | null = null;
  /** focalDyad() while the counts stay as they are */
  private rankedDyad: string[] | null = null;

  constructor(patterns: Pattern[]) {
    this.relaxed = new PatternIndex(patterns.map(relaxTarget).filter((p): p is Pattern => p !== null));
  }

  /** the patterns `extraMatches` reads, for the gate before tagging */
  get relaxedIndex(): PatternIndex {
    return this.relaxed;
  }

  /**
   * starts a document: the focal dyad is whatever pair of countries its title or first heading
   * names; returns every actor the title names
   */
  begin(doc: DiscourseDocument, resolver: ActorResolver): ActorMention[] {
    this.focal = [];
    this.titled = [];
    this.counts = new Map();
    this.recent = [];
    this.pending = [];
    this.names = new Map();
    this.lastSource = null;
    this.topics = new Map();
    this.learnedAgents = new Map();
    this.voiceAgents = new Map();
    this.writerVoice = null;
    this.ownVoice = null;
    this.rankedDyad = null;
    const heading = doc.sections?.find((s) => s.heading)?.heading || '';
    const title = doc.metadata.title || heading;
    if (!title) return [];
    // "Unification White Paper, Chapter 2 (English translation)": a language is no party
    const named = resolver.findMentions(title).filter((m) => !isLanguageName(m, title));
    // "Garegin Sahakyan (1946–2024)" over "… diplomat of the Armenian–Turkish thaw, dies at 77": a
    // title that names no pair leaves it to the first heading
    const headed =
      title !== heading && heading
        ? resolver.findMentions(heading).filter((m) => !isLanguageName(m, heading))
        : [];
    for (const m of [...named, ...headed]) {
      const c = countryOf(m);
      // "Saudi Arabia and the Houthis": an armed movement a title sets against a state stands for its country
      const party =
        (STATELIKE.has(m.type) && m.type !== 'igo') || (m.type === 'armed-group' && c?.length === 3);
      if (party && c && !this.focal.includes(c)) this.focal.push(c);
      if (m.type === 'state' && !this.names.has(c)) this.names.set(c, m);
    }
    this.focal = this.focal.slice(0, 2);
    this.titled = [...this.focal];
    return named;
  }

  /** the state whose "we" the document is written in, found before its sentences are read */
  setWriterVoice(country: string | null): void {
    this.writerVoice = country;
    this.ownVoice = country;
  }

  /** whose "our" the document's own words are, once its opening says whose service the writer is in */
  setOwnVoice(country: string | null): void {
    this.ownVoice = country;
  }

  /** the two countries the document is about: the title's, completed by those named most so far */
  focalDyad(): readonly string[] {
    if (this.focal.length >= 2) return this.focal;
    // asked for every sentence, changed only when a sentence names a state: ranked once per change
    this.rankedDyad ??= this.rankDyad();
    return this.rankedDyad;
  }

  /** the focal dyad's states, by the names the report gave them */
  focalStates(): ActorMention[] {
    return this.focalDyad().map((c) => stateMention(c, this.names.get(c)));
  }

  /** the focal countries completed by the most named others; on a tie the one named first */
  private rankDyad(): string[] {
    const out = [...this.focal];
    while (out.length < 2) {
      let best: string | null = null;
      let bestCount = 0;
      for (const [c, n] of this.counts)
        if (!out.includes(c) && (best === null || n > bestCount)) {
          best = c;
          bestCount = n;
        }
      if (best === null) break;
      out.push(best);
    }
    return out.length === 2 ? out : [];
  }

  /**
   * "the two sides" when the last two states named are bystanders (a mediator, a backer): the
   * document's focal dyad, named as states; null when `pair` already holds one of its members
   */
  focalPairFor(pair: ActorMention[], sentence: number): ActorMention[] | null {
    const focal = this.focalDyad();
    if (focal.length !== 2) return null;
    const lately = (c: string, reach: number) =>
      this.recent.some((r) => r.country === c && sentence - r.sentence <= reach) ||
      this.pending.some((r) => r.country === c);
    const held = focal.filter((c) => pair.some((m) => countryOf(m) === c));
    // a pair holding one focal state is trusted: reports on three parties pair them in turn; but
    // "France and Germany condemn the war Russia waged … Both sides will …": with the other focal
    // state named in the same breath, the pair is the focal one, not the last two states named
    if (held.length === 2) return null;
    if (held.length === 1)
      return lately(focal.find((c) => c !== held[0]) as string, 1)
        ? focal.map((c) => stateMention(c, this.names.get(c)))
        : null;
    // …and a pair of bystanders only while the focal states are still being talked of
    return pair.length < 2 || focal.some((c) => lately(c, 6))
      ? focal.map((c) => stateMention(c, this.names.get(c)))
      : null;
  }

  /**
   * "urged both sides to show restraint": the two states the report is about, else the last two
   * that acted or were acted upon, leaving out the one who speaks to them
   */
  pairExcluding(sentence: number, excluded: readonly string[]): ActorMention[] | null {
    for (const pair of [this.focalDyad(), this.currentDyad(sentence)])
      if (pair.length === 2 && !pair.some((c) => excluded.includes(c)))
        return pair.map((c) => stateMention(c, this.names.get(c)));
    return null;
  }

  /** the last two distinct countries that acted or were acted upon within the last few sentences */
  currentDyad(sentence: number): string[] {
    const out: string[] = [];
    for (let k = this.recent.length - 1; k >= 0 && out.length < 2; k--) {
      const r = this.recent[k];
      if (sentence - r.sentence > WINDOW) break;
      if (!out.includes(r.country)) out.push(r.country);
    }
    return out;
  }

  /**
   * "The accord was signed in Stockholm": the two parties of an act told with neither named, the
   * focal dyad, else the current one; null when the sentence names a state outside both
   */
  partiesOf(sentence: number, named: readonly string[], at: Token): [DiscourseSide, DiscourseSide] | null {
    // the report's own pair first: the last two states to act are as often a mediator and one side
    const fits = (pair: readonly string[]) => pair.length === 2 && named.every((c) => pair.includes(c));
    const focal = this.focalDyad();
    const current = this.currentDyad(sentence);
    const pair = fits(focal) ? focal : fits(current) ? current : null;
    if (!pair) return null;
    return [this.inferred(pair[0], at), this.inferred(pair[1], at)];
  }

  /**
   * the other party of `country` in the current dyad, else in the focal dyad; only for a side of
   * the focal dyad, since a guess about a bystander was wrong more often than right on new text
   */
  otherParty(country: string, sentence: number): string | null {
    const focal = this.focalDyad();
    if (focal.length === 2 && !focal.includes(country)) return null;
    const current = this.currentDyad(sentence);
    if (current.length === 2 && current.includes(country))
      return current[0] === country ? current[1] : current[0];
    if (focal.includes(country)) return focal[0] === country ? focal[1] : focal[0];
    // "The Boycott of Qatar": a title naming one country makes it the other side of every act
    if (this.titled.length === 1 && this.titled[0] !== country) return this.titled[0];
    return null;
  }

  /**
   * records the actors a sentence names outside place phrases, in their order; they join the
   * current dyad from the next sentence on, so that a newcomer ("Norway lodged a protest") is not
   * its own sentence's other party
   */
  observeSentence(sentence: number, text: string, found: ActorMention[]): void {
    this.recent.push(...this.pending);
    this.pending = [];
    for (const m of found) {
      const c = countryOf(m);
      if (!c || !STATELIKE.has(m.type) || m.generic) continue;
      if (isPlaceMention(m, text)) continue;
      // a body whose country came from context still says what its sentence is about
      if (!this.topics.has(sentence) && c.length === 3) this.topics.set(sentence, c);
      if (m.entryId.startsWith('agent-context:')) continue;
      if (m.type === 'state' && !this.names.has(c)) this.names.set(c, m);
      this.counts.set(c, (this.counts.get(c) ?? 0) + 1);
      this.rankedDyad = null;
      this.pending.push({ country: c, sentence });
    }
    if (this.recent.length > 40) this.recent.splice(0, this.recent.length - 40);
  }

  /** records a coded event: its parties become the current dyad, its source the last to act */
  settle(e: CodedEvent): void {
    for (const side of [e.source, e.target]) {
      if (side && side.how === 'discourse') {
        side.span = null;
        side.text = null;
      }
    }
    if (e.negated || e.hypothetical || !e.target) return;
    this.recent.push({ country: e.source.code.slice(0, 3), sentence: e.sentenceIndex });
    this.recent.push({ country: e.target.code.slice(0, 3), sentence: e.sentenceIndex });
    this.lastSource = { country: e.source.code.slice(0, 3), sentence: e.sentenceIndex };
  }

  /** matches of patterns whose target slot was left unsaid, where no full pattern matched */
  extraMatches(tokens: Token[], placed: PlacedMention[], matches: PatternMatch[]): PatternMatch[] {
    if (!placed.some((p) => p.actor || p.referent)) return [];
    return findMatches(this.relaxed, tokens, placed).filter(
      (m) => !matches.some((k) => m.trigger >= k.first && m.trigger <= k.last),
    );
  }

  /**
   * The missing target of an act whose source is known: a country named inside the object phrase
   * ("downed a Ukrainian airliner"), else the source's other party in the discourse.
   */
  implicitTarget(
    pattern: Pattern,
    source: DiscourseSide,
    tokens: Token[],
    placed: PlacedMention[],
    trigger: number,
    last: number,
    sentence: number,
  ): { side: DiscourseSide; how: string } | null {
    const src = countryOf(source.mention);
    const inObject = this.objectCountry(tokens, placed, trigger, last, src);
    if (inObject) return { side: inObject, how: 'object-phrase' };
    // `named`: the pattern's own slot names the other party, or nobody does
    if (!isInherentlyDyadic(pattern.code) || !INTENDED_ROOTS.test(pattern.code) || pattern.namedTarget)
      return null;
    // a noun event ("the purchase", "joint actions") is too often background to carry a guessed party
    // "by downgrading relations": a gerund the tagger took for a noun is still the verb the pattern names
    const verbal =
      tokens[trigger].pos === 'VERB' ||
      (pattern.elements[pattern.triggerIndex].pos === 'V' && tokens[trigger].lower.endsWith('ing'));
    if (!verbal || this.domesticObject(tokens, last)) return null;
    if (!this.specific(pattern, tokens, last)) return null;
    const other = this.otherParty(src, sentence);
    if (!other) return null;
    return { side: this.inferred(other, tokens[last]), how: 'discourse' };
  }

  /**
   * "four employees of a Japanese firm were detained": an agentless passive whose subject phrase
   * names a country; the agent left unsaid is that country's other party.
   */
  implicitSource(
    code: string,
    targets: DiscourseSide[],
    tokens: Token[],
    placed: PlacedMention[],
    trigger: number,
    sentence: number,
  ): { source: DiscourseSide; targets: DiscourseSide[] } | null {
    // force and coercion are told so often without their agent ("were detained", "was shot down"),
    // and so is the release that ends them ("the pilot was handed back"); an envoy "was summoned"
    // only by the state that hosts him; aid "was extended to Dhaka" by the other side
    // (and a charge or sentence "was brought" by the state that holds the accused); an embargo on a
    // state's goods or a ban on its people ("was refused entry") is the other side's, and so is a
    // concern "conveyed to" one side
    if (!/^(07|08[34]|110|114|1125|116|163|172|1[5-9]|20)/.test(code)) return null;
    // "Oslo is gravely concerned": a concern is told without its agent only when it is passed on
    if (code === '110' && !/^(?:convey|communicate|relay)$/.test(tokens[trigger].lemma)) return null;
    let found = targets;
    if (!found.length) {
      // the subject phrase: the nearest actor before the verb, no other verb between
      for (let k = trigger - 1; k >= 0 && trigger - k <= 10; k--) {
        if (tokens[k].pos === 'VERB' || tokens[k].text === ';' || tokens[k].text === ',') break;
        const p = placed.find((x) => x.te - 1 === k && x.actor && !x.referent);
        if (p?.actor) {
          found = [{ mention: p.actor, placed: p }];
          break;
        }
      }
    }
    if (!found.length) return null;
    const other = this.otherParty(countryOf(found[0].mention), sentence);
    return other ? { source: this.inferred(other, tokens[trigger]), targets: found } : null;
  }

  /**
   * "the foreign ministry", "the coast guard", "prosecutors" with no country named. In order: the
   * country this body was last named with ("the Japan Coast Guard … the coast guard"), a place right
   * after it ("prosecutors in Manila"), the closest actor before it in the sentence, the state the
   * sentence before was about ("Seoul's answer came fast. The foreign ministry …"), the last to act.
   */
  agentMentions(text: string, resolved: ActorMention[], sentence: number): ActorMention[] {
    const out: ActorMention[] = [];
    this.learnAgents(text, resolved, sentence);
    // "Hungary vetoed the package. The country also blocked …": an opening "the country" is the state
    // the sentence before was about
    const opening = /^(?:["“]?)The (?:country|nation)\b(?!\s+(?:of|that|which|where)\b)(?!['’])/.exec(text);
    const topic = this.topics.get(sentence - 1);
    if (opening && topic?.length === 3 && !resolved.some((r) => r.start < opening[0].length)) {
      const start = opening[0].length - opening[0].replace(/^["“]?The /, '').length - 4;
      out.push({
        start: Math.max(0, start),
        end: opening[0].length,
        text: opening[0].slice(Math.max(0, start)),
        code: topic,
        country: topic,
        name: this.names.get(topic)?.name ?? topic,
        entryId: 'agent-context:country',
        type: 'state',
        how: 'agent',
        entryIds: [],
      });
    }
    if (/[Cc]ourt\b/.test(text)) out.push(...cityBodies(CITY_COURT, 'JUD', 'court', text, resolved));
    if (/[Pp]olice\b/.test(text)) out.push(...cityBodies(CITY_POLICE, 'COP', 'police', text, resolved));
    if (!AGENT_KEY_WORD.test(text)) return out;
    AGENT_RE.lastIndex = 0;
    for (let m = AGENT_RE.exec(text); m; m = AGENT_RE.exec(text)) {
      const head = m[1] ?? m[2] ?? m[3];
      const words = head.toLowerCase().replace(/\s+/g, ' ');
      const start = m.index + m[0].length - head.length;
      let end = m.index + m[0].length;
      if (m[3]) {
        // the title is case-sensitive, and a name the dictionary knows names the office itself
        if (!/^[A-Z]/.test(m[3]) || resolved.some((r) => r.start >= end && r.start <= end + 1)) continue;
        const name = NAME_AFTER_TITLE.exec(text.slice(end));
        if (!name) continue;
        end += name[0].length;
      }
      // a country before the noun ("China's foreign ministry", "the Iranian navy") is the resolver's to name
      // (past an article a place names none of a crowd: "In Accra the crowds tore down …"; "at the
      // White House the President" is still the voice's or the report's to say)
      const modifiedFrom = m[1] && POPULAR.includes(words) ? start - 1 : m.index - 1;
      if (resolved.some((r) => r.end >= modifiedFrom && r.start < end)) continue;
      // "Sudanese officials": a bare plural after a capitalised word belongs to that word
      const capitalBefore = /([A-Z][\w.]*)\s+$/.exec(text.slice(Math.max(0, start - 20), start));
      // (a crowd is the crowd of the place it gathers in: "Sikh demonstrators rallied in Toronto")
      if (m[2] && capitalBefore && !MONTH.test(capitalBefore[1]) && !POPULAR.includes(words)) continue;
      // "Ambassador Karima Benyaich", "Trade Minister X": an office and a name the dictionary lacks
      const agent = AGENT_WORDS.get(words) ?? (m[3] ? AGENT_WORDS.get('foreign minister') : undefined);
      if (!agent) continue;
      // "spoke to a crowd in Hamburg": a crowd spoken to or met is an audience, no party
      if (
        (words === 'crowd' || words === 'mob') &&
        /\b(?:to|before|with|at|from|into|among|by|addressed|addressing|address)\s+$/i.test(
          text.slice(Math.max(0, m.index - 16), m.index),
        )
      )
        continue;
      // "a deputy foreign minister handed a protest" is someone's official; "a government" is any
      // ("a court in Lome" is that city's court)
      // ("a crowd attacked the consulate" is one crowd, doing something)
      if (
        /^[Aa]\s/.test(m[0]) &&
        !OFFICES.has(words) &&
        !/^\s+(?:in|of)\s+[A-Z]/.test(text.slice(end)) &&
        !(POPULAR.includes(words) && CROWD_ACTS.test(text.slice(end)))
      )
        continue;
      // "The President: I call the next speaker": a record's label names the chair of the sitting
      if (words === 'president' && /^\s*:/.test(text.slice(end))) continue;
      const rest = text.slice(end);
      if (MODIFIED_HEAD.test(rest.replace(/^\s+/, '').toLowerCase())) continue;
      // "a judge in Vancouver" is that state's; "the judges" alone are as often an international court's
      if (words === 'judge' && !/^\s+(?:in|of)\s+[A-Z]/.test(rest)) continue;
      // "the Court of Arbitration": the body's own name goes on; it belongs to no state named here
      if (
        /^\s+of\s+(?:the\s+)?[A-Z]/.test(rest) &&
        !resolved.some((r) => r.start > end && r.start < end + 12) &&
        // "the government of Fidel Sánchez Hernández": a government named by its head is a state's
        !(words === 'government' && personNamedAfter(rest))
      )
        continue;
      // "the regime" is what a speaker calls the other side, never its own government; "the
      // administration" is Washington's unless a report named another so (the descriptions' call)
      if (words === 'regime' || words === 'administration') continue;
      // "the Foreign Office" with capitals is London's; Berlin's is the Federal Foreign Office
      const foreignOffice =
        words === 'foreign office' &&
        /^Foreign Office$/.test(text.slice(start, end)) &&
        !/Federal\s+$/.test(text.slice(Math.max(0, start - 8), start));
      // "Fumio Kishida, the prime minister, …": an office in apposition to a person is that person's
      const person = resolved.find(
        (r) =>
          r.end <= m.index &&
          /^\s*,\s*$/.test(text.slice(r.end, m.index)) &&
          (r.type === 'leader' || r.type === 'person' || r.type === 'government') &&
          countryOf(r).length === 3,
      );
      // "Our Defence Ministry showed …": in a document in a state's voice, its own body
      const ours = /^[Oo]ur\s/.test(m[0]);
      if (ours && !this.ownVoice) continue;
      const country =
        (ours ? (this.ownVoice as string) : undefined) ??
        (person ? countryOf(person) : undefined) ??
        // "Secretary of State" alone is Washington's office; Britain's secretaries of state are "for" something
        (/secretary of state$/.test(words) && !/^\s+for\b/.test(rest) ? 'USA' : undefined) ??
        // (Berlin's is "the Foreign Office" too in a report on Germany and a partner not Britain)
        (foreignOffice
          ? this.focalDyad().includes('DEU') && !this.focalDyad().includes('GBR')
            ? 'DEU'
            : 'GBR'
          : undefined) ??
        (m[1] ? this.voiceAgents.get(singular(words)) : undefined) ??
        // "the Government" with a capital, in a document that speaks for a state, is that state's
        // ("the Federal Government" in Berlin's answers)
        (this.writerVoice &&
        /^[Tt]he (?:(?:Federal|National|Central|Union) )?(?:Government|Ministry|Presidency|Prime Minister|President|Chancellor|Foreign Secretary)$/.test(
          m[0],
        )
          ? this.writerVoice
          : undefined) ??
        this.agentCountry(words, text, resolved, m.index, end, sentence);
      if (country?.length !== 3) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        code: `${country}${agent.sector}`,
        country,
        name: `${this.names.get(country)?.name ?? country} ${words}`,
        entryId: ours ? `agent-own:${words}` : `agent-context:${words}`,
        type: agent.type,
        how: 'agent',
        entryIds: [],
        plural: /s$/.test(words),
      });
    }
    return out;
  }

  private agentCountry(
    words: string,
    text: string,
    resolved: ActorMention[],
    from: number,
    end: number,
    sentence: number,
  ): string | null {
    // "the foreign ministry summoned the Turkish ambassador": a body seldom acts on its own country's
    // people, so a country named after it in its clause is no candidate
    // (a clause of its own after it, "… after broadcasters reported that …", is no object of the body's)
    const clauseEnd = text
      .slice(end)
      .search(
        /[;:]|\.(?:\s|$)|\s(?:after|before|because|since|when|while|although|though|following|amid|despite)\s/,
      );
    const limit = clauseEnd < 0 ? text.length : end + clauseEnd;
    // (its own rebels are another matter: "the government accused Chad of arming the RSF")
    const later = new Set(
      resolved
        .filter(
          (r) =>
            r.start >= end &&
            r.start < limit &&
            // "the one-China principle": a name glued to the word before it is a modifier, no party
            text[r.start - 1] !== '-' &&
            // "a breach of German sovereignty": a body speaks of its own country's sovereignty and law
            !OWN_GOOD_AFTER.test(text.slice(r.end, r.end + 16)) &&
            // "crowds set the British embassy in Dublin alight": where a crowd acts is its own place
            // (one standing "outside the consulate in Makati" is placed by no verb of its own)
            !(POPULAR.includes(words) && isPlaceMention(r, text) && CROWD_ACTS.test(text.slice(end))) &&
            (r.type === 'state' || r.type === 'government' || r.type === 'military'),
        )
        .map(countryOf),
    );
    // "the Ambassador of the Russian Federation was summoned to the Ministry": the ministry an envoy
    // is summoned to is the host's, not the envoy's country's
    if (SUMMONED_TO.test(text.slice(Math.max(0, from - 24), from)))
      for (const r of resolved) if (r.end <= from && countryOf(r).length === 3) later.add(countryOf(r));
    const fits = (c: string | null | undefined): c is string => !!c && c.length === 3 && !later.has(c);
    // "the junta in Bamako" is that city's, whatever junta came before
    const rulersOfCity = RULERS.has(words) && /^\s+(?:in|of)\s+[A-Z]/.test(text.slice(end));
    // "In Belgrade, government ministers called …": the place the sentence opens in is the body's seat
    const seat = openingSeat(text, resolved, from);
    if (seat && fits(seat)) return seat;
    const learned = rulersOfCity ? undefined : this.learnedAgents.get(singular(words));
    // "… and Moscow too. In its note the foreign ministry accused him …": in a report on a pair, a
    // bystander's body named long before is no owner of the pair's bodies
    const focal = this.focalDyad();
    const bystander = (c: string | undefined) => focal.length === 2 && !!c && !focal.includes(c);
    if (
      learned &&
      sentence - learned.sentence <= AGENT_MEMORY &&
      fits(learned.country) &&
      (!bystander(learned.country) || sentence - learned.sentence <= BYSTANDER_MEMORY)
    )
      return learned.country;
    // "the junta": whose, only a report that named it with its country can say ("Mali's junta",
    // "the Malian transitional government"); the last state to act is as often the junta's critic
    if (RULERS.has(words)) {
      const kin = [...RULERS]
        .map((w) => this.learnedAgents.get(singular(w)))
        .filter((x) => x && sentence - x.sentence <= AGENT_MEMORY && fits(x.country))
        .sort((a, b) => (b?.sentence ?? 0) - (a?.sentence ?? 0))[0];
      // a junta the report keeps naming stays in mind as long as it does
      if (kin && !rulersOfCity) {
        kin.sentence = Math.max(kin.sentence, sentence);
        return kin.country;
      }
    }
    // "the High Security Council, chaired by Tebboune, …": the one who chairs it says whose it is
    const chair = /^\s*,\s*(?:chaired|led|headed|presided over)\s+by\s+/.exec(text.slice(end));
    if (chair) {
      const by = resolved.find((r) => r.start === end + chair[0].length && countryOf(r).length === 3);
      if (by) return countryOf(by);
    }
    // "prosecutors in Okinawa", "the authorities in Gibraltar": the place says whose body it is;
    // a place the dictionary does not know says it is none we can name
    const place = /^\s+(?:in|of|from)\s+(?:the\s+)?/.exec(text.slice(end));
    if (place) {
      const at = end + place[0].length;
      const there = resolved.find((r) => r.start === at && countryOf(r).length === 3);
      // "the District Court of The Hague … The court also declared": the body placed is the one its
      // head word names from then on
      const placed = (country: string): string => {
        if (words.includes(' '))
          this.learnedAgents.set(singular(words.slice(words.lastIndexOf(' ') + 1)), { country, sentence });
        return country;
      };
      if (there) return placed(countryOf(there));
      // "a court in Dandong": a city of the gazetteer is its country's
      const city = placeAt(text, at);
      if (city) return placed(city);
      // (a government named by a head the dictionary lacks is found like any other body)
      if (/^[A-Z]/.test(text.slice(at)) && !(words === 'government' && personNamedAfter(text.slice(end))))
        return null;
    }
    if (RULERS.has(words) || WARSHIPS.has(words)) return null;
    const before = POPULAR.includes(words)
      ? undefined
      : resolved
          .filter(
            (r) =>
              r.end <= from &&
              STATELIKE.has(r.type) &&
              !r.generic &&
              !isPlaceMention(r, text) &&
              fits(countryOf(r)),
          )
          .at(-1);
    if (before) return countryOf(before);
    // "protesters in Yerevan stormed the parliament": a place the sentence names says whose body it is
    const where = resolved.find(
      (r) => (r.type === 'state' || r.type === 'region') && !r.generic && isPlaceMention(r, text),
    );
    if (POPULAR.includes(words)) {
      // "I watched it in a lobby in Accra: crowds along the road …": a place in another clause
      // (past a colon or semicolon) is where the teller stood, not where the crowd gathered
      const sameClause =
        !!where &&
        !/[:;]/.test(where.end <= from ? text.slice(where.end, from) : text.slice(end, where.start));
      if (where && sameClause && fits(countryOf(where))) return countryOf(where);
      // "rallied outside the missions in Toronto": a city of the gazetteer the crowd gathers in,
      // when the crowd is the subject of a verb of its own
      if (!CROWD_ACTS.test(text.slice(end))) return null;
      const at = /\b(?:in|outside|across)\s+(?:the\s+)?(?=[A-Z])/g;
      for (let m = at.exec(text.slice(end)); m; m = at.exec(text.slice(end))) {
        const city = placeAt(text, end + m.index + m[0].length);
        if (city) return city;
      }
      return null;
    }
    if (where && fits(countryOf(where))) return countryOf(where);
    // "the foreign ministry handed a protest to the Chinese side" in a report on China and Vietnam:
    // the body acting on one of the pair the report is about is the other's
    // (unless the report named this body with its country lately: "Togo's foreign ministry … the
    // ministry protested the detention of Togolese traders" speaks for its own people)
    const namedLately = !!learned && sentence - learned.sentence <= AGENT_MEMORY;
    if (focal.length === 2 && later.size === 1 && !namedLately) {
      const other = later.has(focal[0]) ? focal[1] : later.has(focal[1]) ? focal[0] : null;
      if (fits(other)) return other;
    }
    // nor is a bystander the sentence before was about
    const topic = this.topics.get(sentence - 1);
    if (fits(topic) && !bystander(topic)) return topic;
    if (
      this.lastSource &&
      sentence - this.lastSource.sentence <= WINDOW &&
      fits(this.lastSource.country) &&
      !bystander(this.lastSource.country)
    )
      return this.lastSource.country;
    return null;
  }

  /** "the Japan Coast Guard", "Iran's Revolutionary Guards": remembers whose body a later bare mention is */
  private learnAgents(text: string, resolved: ActorMention[], sentence: number): void {
    const coupCountry = coupCountryOf(text, resolved);
    if (coupCountry) this.learnedAgents.set('junta', { country: coupCountry, sentence });
    for (const r of resolved) {
      const c = countryOf(r);
      // "Boris Johnson met Hassan Rouhani. The prime minister asked …": an office is its last holder's
      if (r.role && c.length === 3 && !r.generic)
        this.learnedAgents.set(r.role.toLowerCase(), { country: c, sentence });
      if (c.length !== 3 || r.generic || !(STATELIKE.has(r.type) || r.how === 'demonym')) continue;
      const after = AGENT_AFTER_NAME.exec(text.slice(r.end));
      if (after)
        this.learnedAgents.set(singular(after[1].toLowerCase().replace(/\s+/g, ' ')), {
          country: c,
          sentence,
        });
      // "Niger's military rulers": the resolver reads "Niger's military" as the army, and its rulers are the junta
      else if (r.type === 'military' && MILITARY_RULERS.test(text.slice(r.end)))
        this.learnedAgents.set('junta', { country: c, sentence });
      // a body named in full by the dictionary ("Islamic Revolutionary Guard Corps") answers to its head word
      if (r.type === 'state') continue;
      const own = r.text.toLowerCase();
      // …or the ministry a document's title names as its author ("in the Algerian Foreign Ministry's own words")
      const voice =
        sentence < VOICE_SENTENCES &&
        (FORMAL_BODY.test(r.text) || (sentence === 0 && TITLED_AUTHOR.test(text.slice(r.start))));
      for (const head of agentHeadsIn(own)) {
        this.learnedAgents.set(head, { country: c, sentence });
        if (voice && !this.voiceAgents.has(head)) this.voiceAgents.set(head, c);
      }
    }
  }

  /**
   * The object phrase of a trigger: a country's adjective inside it is the target, whether the
   * pattern's own words cover the phrase ("shot down a Ukrainian airliner") or it follows them
   * ("seized two Greek tankers"), or it stands after "on"/"against" ("strikes on Syrian positions").
   */
  objectCountry(
    tokens: Token[],
    placed: PlacedMention[],
    trigger: number,
    last: number,
    src: string,
  ): DiscourseSide | null {
    const party = (k: number): DiscourseSide | null => {
      const p = placed.find((x) => x.ts === k && x.actor && !x.referent);
      if (!p?.actor || countryOf(p.actor) === src || countryOf(p.actor).length !== 3) return null;
      // "Indian military installations": an agent named by its adjective reads like one
      const adjective =
        p.how === 'demonym' ||
        p.actor.how === 'demonym' ||
        (p.actor.how === 'agent' && /^[A-Z]/.test(p.text));
      // "rejected the claims of Russia": the one whose word or deed the object is, named after "of"
      const author = authorAfterOf(tokens, k);
      // a company's claims and statements are its own, but a company is no state's adjective
      const acting = STATELIKE.has(p.actor.type) || (author && p.actor.type === 'company');
      return (adjective || author) && acting ? { mention: p.actor, placed: p } : null;
    };
    for (let k = trigger + 1; k <= last; k++) {
      const found = party(k);
      if (found) return found;
    }
    let k = last + 1;
    // "rejects as unfounded the claim of …": a predicate adjective may come before the object
    if (tokens[k]?.lower === 'as' && tokens[k + 1]?.pos === 'ADJ') {
      k += 2;
      while (/^(?:and|,)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.pos === 'ADJ') k += 2;
    }
    if (/^(on|against|onto)$/.test(tokens[k]?.lower ?? '')) k++;
    const end = Math.min(tokens.length, k + 8);
    for (; k < end; k++) {
      const t = tokens[k];
      if (!(isNpToken(tokens, k) || t.lower === 'of' || t.text === '-')) break;
      const found = party(k);
      if (found) return found;
    }
    return null;
  }

  /**
   * "The Russian side is called upon to refrain …" in a ministry's own statements: an agentless
   * passive aimed at another state is the voice's own act
   */
  voiceSource(targets: DiscourseSide[], at: Token): DiscourseSide | null {
    const voice = this.voiceAgents.values().next().value;
    if (!voice || !targets.length || targets.some((t) => countryOf(t.mention) === voice)) return null;
    return this.inferred(voice, at);
  }

  /**
   * One verb alone ("sold", "rejected") says too little to guess a party: it needs more words in its
   * pattern, an object that only exists between two parties, or (for a refusal) no object at all.
   */
  private specific(pattern: Pattern, tokens: Token[], last: number): boolean {
    if (pattern.elements.filter((el) => el.kind === 'word' && !el.optional).length >= 2) return true;
    const next = tokens[last + 1];
    if (!next || /^[.;:!?]$/.test(next.text)) return pattern.code.startsWith('12');
    for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
      if (!isNpToken(tokens, k)) break;
      if (DYADIC_OBJECT.test(tokens[k].lower)) return true;
    }
    return false;
  }

  private domesticObject(tokens: Token[], last: number): boolean {
    for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
      if (!isNpToken(tokens, k)) break;
      if (DOMESTIC_OBJECT.test(tokens[k].lower)) return true;
    }
    return false;
  }

  /** a body the context placed ("the foreign ministry"), placed instead in `country` */
  recastBody(mention: ActorMention, country: string): ActorMention {
    const words = mention.entryId.replace(/^agent-context:/, '');
    return {
      ...mention,
      code: `${country}${mention.code.slice(3)}`,
      country,
      name: `${this.names.get(country)?.name ?? country} ${words}`,
    };
  }

  /** the report's other party to `side`, as the unnamed agent of an act at `at` */
  otherSide(side: DiscourseSide, at: Token, sentence: number): DiscourseSide | null {
    const other = this.otherParty(countryOf(side.mention), sentence);
    return other ? this.inferred(other, at) : null;
  }

  private inferred(country: string, at: Token): DiscourseSide {
    const mention = stateMention(country, this.names.get(country));
    return {
      mention,
      placed: {
        ts: -1,
        te: -1,
        start: at.start,
        end: at.end,
        text: '',
        actor: mention,
        referent: 'thing',
        how: 'discourse',
      },
    };
  }
}
