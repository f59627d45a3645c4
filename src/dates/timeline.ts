/**
 * Narrative time across a document, and the date of each event from it.
 * @module
 */

import type { IngestedDocument } from '../ingest/document.js';
import { DATELINE, datelineLength } from '../nlp/dateline.js';
import {
  formatPartialDate,
  lowerBound,
  MONTH_PATTERN,
  parsePartialDate,
  truncateLike,
  WEEKDAY_NAMES,
  weekdayOf,
} from './calendar.js';
import type { Candidate } from './candidate.js';
import { defaultConfiguration } from './configuration.js';
import { documentDateValue } from './document-date.js';
import { DocumentEvents } from './document-events.js';
import { impliedWritingYear } from './horizon.js';
import { type NarrativeTime, type ResolvedStep, resolveInOrder } from './resolve.js';
import { scanCandidates } from './scan.js';
import {
  isFramingSegment,
  isPluperfect,
  lastPluperfect,
  type Segment,
  type SegmentRole,
  segmentRole,
  segmentSentence,
} from './segments.js';
import {
  findOfficeStarts,
  findTenures,
  movedIntoTenure,
  type TenureLookup,
  titledTenures,
} from './tenure.js';
import type { DateAttachment, TemporalExpression, TimeValue } from './time-value.js';
import {
  firstPoint,
  formatTimeValue,
  isResolved,
  lastPoint,
  pointValue,
  valueBounds,
  withInferred,
} from './time-value-ops.js';

export type TimelineDocument = Pick<IngestedDocument, 'text' | 'sentences' | 'sections' | 'metadata'>;

export interface TimelineOptions {
  /**
   * the time a named person held office ("under Yeltsin", "during Ahmadinejad's presidency"),
   * or null when unknown; the coder passes one built on the actor dictionary's dated roles
   */
  tenureLookup?: TenureLookup;
}

export interface DocumentTimeline {
  /** the date of an event whose trigger (verb or noun) spans [triggerStart, triggerEnd) of doc.text */
  dateFor(sentenceIndex: number, triggerStart: number, triggerEnd: number): DateAttachment;
  /** the sentence's expressions, offsets into doc.text */
  expressions(sentenceIndex: number): TemporalExpression[];
  /** narrative time as the sentence begins, or null */
  narrativeAt(sentenceIndex: number): TimeValue | null;
  /** the publication date, else the latest year the document states (marked inferred), else null */
  readonly documentDate: TimeValue | null;
}

interface SentenceTime {
  start: number;
  end: number;
  steps: ResolvedStep[];
  narrativeBefore: NarrativeTime | null;
  /** the narrative time that narrativeBefore replaced, when it was earlier: a pluperfect reaches back to it */
  narrativeEarlier: NarrativeTime | null;
  /** under a heading that asks a question: the last time the report reached before it */
  askedAfter?: NarrativeTime | null;
  /** before the story has any time: the day a weekday of the sentences just before named */
  ledeDay?: NarrativeTime | null;
  segments?: Segment[];
  framing?: boolean[];
  roles?: SegmentRole[];
  /** the sentence holds "had": only then can a pluperfect stretch own one of its times */
  hasHad?: boolean;
}

const NONE: DateAttachment = {
  value: null,
  expression: null,
  how: 'none',
  reason: 'no time stated or carried',
};

// a preposition just before a time ties it to the word in front ("returned … in November")
const PREPOSITION_BEFORE =
  /\b(?:in|on|during|by|since|until|till|from|at|of|between|after|before|through|throughout|back\s+in)\s+$/i;

// "…the tariffs imposed (in) …": a participle right before the time, after other words
const PARTICIPLE_BEFORE =
  /\b(?:[a-z]+(?:ed|en)|held|made|set|won|lost|sent|struck|fought|built|kept|paid|sold|bought|told|begun|drawn|laid|led|put|shot|cut)\s+(?:(?:in|on|during|since|by|at|before|after|until)\s+)?(?:early\s+|late\s+)?$/;
const MODAL_BETWEEN = /\b(?:would|will|could|should|might|must|shall)\s+[a-z]+/;
/** "… for talks that ran into the following spring": a relative clause with a verb of its own */
const RELATIVE_VERB_BETWEEN =
  /\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|ran|went|began|came|took|grew|was|were|had|has|have)\b/;

const MENTION = /^historical-(?:state|point)$/;
/** headings of sections about the time of writing */
const PRESENT_HEADING =
  /\b(?:this|current|latest|recent|present)\s+(?:reporting\s+)?(?:period|week|month|quarter|situation|developments?|events)\b|\b(?:update|latest|today|this week|now)\b|\bwhat\s+(?:happens|comes|is)\s+next\b|\bwhere\s+(?:do\s+)?(?:things|matters|relations)\s+stand\b|\b(?:outlook|state\s+of\s+play)\b/i;

// "would travel", "will not visit": the trigger is an act still to come, so a time after it
// is when it should happen, not when it was said
const MODAL_BEFORE =
  /\b(?:would|will|could|should|might|shall|(?:was|were|is|are)\s+to|(?:was|were|is|are)\s+going\s+to)\s+(?:(?:not|also|then|soon|again|\w+ly)\s+)?$/i;

/** a statement about the present: "is an old custom", "has honoured", "have long welcomed" */
const PRESENT_STATEMENT = /\b(?:is|are|has|have)\b/i;
const PAST_STATEMENT = /\b(?:was|were|had|did)\b/i;
/** a noun's planned time: "a visit planned for early September", "talks scheduled for 3 May" */
const PLANNED_FOR =
  /\b(?:planned|scheduled|set|slated|due|foreseen|envisaged|pencilled|penciled)\s+(?:for|in|on)\s+(?:(?:early|mid|late|the|end\s+of|middle\s+of|beginning\s+of)\s+)*$/i;
const FORESEEING =
  /\b(?:would|will|could|might|should|shall|(?:was|were|is|are)\s+(?:due|set|expected|scheduled|supposed)\s+to|(?:agreed|promised|pledged|planned|arranged|decided|undertook|offered|vowed|intended|hoped)\s+to)\b/i;

/** "on 4 April Ecuador had declared": the time's own clause, up to its first comma, goes on in the pluperfect */
function pluperfectRightAfter(after: string): boolean {
  return lastPluperfect(after.replace(/^\s*,/, '').slice(0, 60).split(/[,;:]/)[0]) !== null;
}
/** an instrument's capitalised name running up to "of" right before a year */
const NAMED_INSTRUMENT_OF =
  /\b(?:Convention|Treaty|Accord|Agreement|Protocol|Act|Declaration|Charter|Constitution|Pact|Covenant|Statute|Memorandum|Communiqué|Resolution)\b(?:\s+(?:on|for|of|and|the|to|[A-Z][\w'’-]*)){0,8}\s+of\s+$/;
/**
 * "the case of 1974", "the borders of 1967": a text, a ruling or a line a year names, in lower
 * case ("the war of 2020" is a time the story may go on from, and is not here)
 */
const THING_OF_YEAR =
  /\b(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}(?:case|cases|treaty|agreement|accord|convention|protocol|borders?|lines?|frontiers?|settlement|ruling|judgment|judgement|award|law|decision|resolution|deal|pact|armistice|declaration|constitution|charter)\s+of\s+$/;
/** "the treaty which our two countries signed in 2002": a relative clause dating the thing it describes */
const RELATIVE_MAKING =
  /\b(?:which|that)\b[^,;.:]{0,60}\b(?:signed|concluded|agreed|adopted|ratified|established|founded|created|built|drawn up|negotiated|set up|launched|opened)\s+(?:in|on)\s+(?:\d{4}\s*(?:,|and|or)\s+)*$/i;
/** "the trade club Mexico founded in 2011": a relative clause without "which", dating the thing it describes */
const CONTACT_RELATIVE_MAKING =
  /\b(?:the|a|an)\s+(?:[a-z-]+\s+){1,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:had\s+)?(?:signed|concluded|agreed|adopted|ratified|established|founded|created|built|drew up|negotiated|set up|launched|opened|formed)\s+(?:in|on)\s+(?:\d{4}\s*(?:,|and|or)\s+)*$/;
/** "every inch of the land occupied in 1967", "the islands Argentina seized in 1982": ground dated by its taking */
const GROUND_TAKEN =
  /\b(?:land|lands|territory|territories|areas?|islands?|regions?|provinces?|heights|strip|enclave|districts?)\s+(?:(?:it|they|[A-Z][\w'’-]*)\s+(?:had\s+)?)?(?:occupied|taken|seized|captured|annexed|conquered|lost|won|overran|overrun)\s+in\s+$/i;
/** "agreements signed in 1952 and 1954": an instrument dated by the participle that describes it */
const INSTRUMENT_MADE =
  /\b(?:agreements?|treat(?:y|ies)|accords?|declarations?|conventions?|protocols?|texts?|deals?|pacts?|memorand(?:um|a)|charters?|instruments?|documents?|arrangements?|initiatives?|plans?|proposals?|road ?maps?|frameworks?|formulas?)\s+(?:(?:first|jointly|originally|formally|later)\s+)?(?:signed|concluded|agreed|adopted|ratified|drawn up|negotiated|put forward|proposed|presented|tabled|submitted|launched|unveiled)\s+(?:by\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?(?:in|on)\s+(?:\d{4}\s*(?:,|and|or)\s+)*$/i;
// "4,000 crossed, compared with 81 in the whole of 2020": a year a figure is compared against
const COMPARED_WITH =
  /\b(?:compared (?:with|to)|than|up from|down from|as against|against)\b[^.;:]{0,40}\b(?:in|for|during|over)\s+(?:the\s+(?:whole|course|rest|first half|second half)\s+of\s+)?$/i;
// the words before a year that make it a noun's modifier: "the 2018 verdict", "Russia's 2015 campaign"
// ("the 1952 and 1954 texts": each year of a coordinated pair)
const AFTER_A_NAMED_TIME =
  /\b(?:after|before|following|since|until|till|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:the|a|an|its|their|his|her|our|this|that|whose|[A-Z][\w-]*['’]s)\s+$/i;
const MODIFIER_BEFORE =
  /(?:\b(?:the|a|an|its|their|his|her|our|this|that|whose)|['’]s)\s+(?:\d{4}\s*(?:,|and|or)\s+)*$/i;

// "has already brought", "have long supplied": the present perfect reaches up to the writing time
/**
 * "This thread follows what they did from that day to the expulsion this month": a text saying
 * what it covers starts its story at the first time it names, not at the last
 */
const SCOPE_LINE =
  /^\W*(?:\d+\/\s*)?(?:this|the\s+following|our)\s+(?:thread|article|note|paper|chapter|essay|report|piece|brief|review|post|section|study|book|timeline|chronology|explainer)\s+(?:follows|covers|traces|examines|looks|tells|describes|reviews|considers|surveys|recounts|explains|runs|goes)\b/i;
/** "Is 2014 the right year to compare?", "Did Ankara act in 2016?": a question answered yes or no */
const POLAR_QUESTION =
  /^\W*(?:and\s+|but\s+|so\s+)?(?:is|are|was|were|did|does|do|has|have|had|can|could|should|would|will|must)\b[^.!]*\?\W*$/i;
/** "from 1 January", "with effect from", "starting on": the day a measure takes effect */
const EFFECTIVE_FROM = /\b(?:from|starting(?:\s+on)?|effective(?:\s+from)?|as\s+of)\s+$/i;
/** "Posted 20 August 2019", "Last updated 3 May": when the text was put out, not when its story happens */
/** "(nine months later) it already feels …": a clause in the present right after a span of time */
const WRITERS_PRESENT_AFTER =
  /^,?\s+(?:it|this|that|they|we|the\s+\w+)\s+(?:already\s+|still\s+|now\s+)?(?:is|are|feels|seems|looks|remains|appears|stands)\b/i;
/**
 * "Reports published the following year claimed …", "documents declassified in 2019 show …": when
 * a record of the story came out is no time of the story
 */
const RECORD_OUT_BEFORE =
  /\b(?:reports?|accounts?|documents?|papers|files|cables|records|memoirs?|articles?|investigations?|leaks?|transcripts?|minutes|diaries|archives)\s+(?:(?:later|only|first|subsequently)\s+)?(?:published|released|leaked|declassified|disclosed|unsealed|made\s+public)\s+(?:only\s+)?(?:in\s+|on\s+|during\s+)?$/i;
/** "dating back to", "which go back to": a noun's own time ("The quarrel dates back to …" is the story's) */
const DATING_BACK =
  /\b(?:dating|going|harking)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+)?$|\b(?:which|that)\s+(?:date|dates|dated|go|goes|went)\s+back\s+to\s+(?:the\s+)?$/i;
/** ", broken off in ", ", signed in ": a participle opening an aside set off by commas, before its time */
const PARTICIPLE_ASIDE_BEFORE =
  /,\s+(?:first\s+|last\s+|originally\s+)?(?:[a-z]+ed|broken|begun|held|made|drawn|signed|set|built|won|lost|fought|frozen|sent|struck)\s+(?:off\s+|up\s+|out\s+|down\s+)?(?:in|on|since|during)\s+(?:the\s+)?$/;
/** "will recall", "may remember": a modal of memory, which looks back */
const RECALLING = /\b(?:will|would|may|might)\s+(?:well\s+)?(?:recall|remember|recollect)\b/i;
const POSTING_LINE = /^\W*(?:posted|published|first\s+published|updated|last\s+updated|filed)\b/i;
/** how many sentences a news lede's weekday dates after it */
const LEDE_REACH = 3;
/** a relative clause's first word */
const RELATIVE_WORD = /\b(?:which|who|whom|whose|where)\b/i;
/** words before a "that" that opens no relative clause: verbs of saying and knowing, and the like */
const THAT_AFTER_NON_NOUN = new Set(
  'said say says told tell tells so such now given except and but or is was be been are were believe believes think thinks know knows hope hopes fear fears agree agrees decide decides confirm confirms report reports acknowledge deny denies admit admits rule rules find found finds hold held holds conclude determine declare suggest complain charge allege explain recall concede stress insist warn add argue note announce state claim show shown mean means meant ensure demand ask request propose recommend urge order learn learnt see saw seen realise realize clear sure aware likely unlikely possible certain true fact after before since until in on of with for by to at from about than all not also only just even still'.split(
    ' ',
  ),
);
const WORD_BEFORE_THAT = /\b([a-z]{3,})\s+that\s/g;

/** "the genocide case that South Africa brought … in December 2023": a noun's "that" clause describes the noun */
function holdsRelativeThat(text: string): boolean {
  if (!text.includes(' that ')) return false;
  for (const m of text.matchAll(WORD_BEFORE_THAT)) {
    const w = m[1];
    if (!THAT_AFTER_NON_NOUN.has(w) && !/(?:ed|ing|ly)$/.test(w)) return true;
  }
  return false;
}
const PERFECT_BEFORE =
  /\b(?:has|have)\s+(?:(?:not|never|already|long|just|also|since|repeatedly|consistently|\w+ly)\s+)*(?:been\s+)?$/i;

// the words a clause may open with before the time that frames it ("and in 2019 they …")
const CLAUSE_OPENER =
  /^[\s,;:(—–-]*(?:(?:and|but|while|whereas|yet|so|then|later|afterwards|meanwhile|however)\s+)*(?:(?:in|on|at|during|by|from|since|until|early|late|the|of)\s+)*$/i;

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const MONTH_HEADING = new RegExp(`^\\s*${MONTH_PATTERN}\\s*$`, 'i');
/** a live blog's entry stamp: "09:10 — Iran hits targets …" */
const CLOCK_STAMP = /^\s*\d{1,2}[:.]\d{2}\b(?:\s*(?:GMT|UTC|[AP]\.?M\.?))?\s*[—–-]/;

/**
 * The story's last day when its time has since gone back to a coarser one ("autumn 2014" told as
 * background after "17 April 2021"): "the same evening" after that look back is the day's evening,
 * as a season or a year has no evening of its own.
 */
function lastDayAfter(recent: readonly NarrativeTime[], story: NarrativeTime | null): NarrativeTime | null {
  if (!story || story.value.precision === 'day') return null;
  const coarse = valueBounds(story.value);
  if (!coarse) return null;
  for (let i = recent.length - 1; i >= 0; i--) {
    const x = recent[i];
    if (x.value.precision !== 'day') continue;
    const day = valueBounds(x.value);
    return day && day[0] > coarse[1] ? x : null;
  }
  return null;
}

/**
 * The time a heading gives its section when the heading is little more than a date ("Wednesday 17
 * January", "3 May 2021"); null for headings that only hold one ("The 1899 Award", "2021 clashes").
 */
function dateHeading(
  heading: string,
  known: NarrativeTime | null,
  options: { documentDate: TimeValue | null; narrativeFallsBackToDocument: boolean },
): NarrativeTime | null {
  // "## September": a month alone heads the part of the story told in it
  const monthOnly = MONTH_HEADING.test(heading);
  const found = scanCandidates(monthOnly ? `In ${heading.trim()}` : heading);
  if (found.length !== 1) return null;
  const covered = found[0].end - found[0].start;
  const rest = heading.replace(WEEKDAY, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (!monthOnly && covered < 0.6 * rest.length) return null;
  const step = resolveInOrder(found, known, options, 0, () => false).steps[0];
  if (!step || !/^(?:day|month)$/.test(step.expression.value.precision ?? '')) return null;
  const value = weekdayYear(heading, step.expression.value, options.documentDate) ?? step.expression.value;
  return { value, expression: { ...step.expression, value } };
}

/**
 * "## Monday 8 November" read in the wrong year: the weekday says which year the day is in. Of the
 * nearest years where it falls on that weekday, the latest not after the writing; null when the day
 * already fits or no year near it does.
 */
function weekdayYear(heading: string, value: TimeValue, documentDate: TimeValue | null): TimeValue | null {
  const name = heading.match(WEEKDAY)?.[0];
  const day = value.precision === 'day' && value.start ? parsePartialDate(value.start) : null;
  if (!name || day?.month === undefined || day.day === undefined) return null;
  const want = WEEKDAY_NAMES.indexOf(name);
  const on = (year: number) => ({ year, month: day.month as number, day: day.day as number });
  if (weekdayOf(on(day.year)) === want) return null;
  const limit = documentDate ? valueBounds(documentDate)?.[1] : undefined;
  for (const year of [day.year + 1, day.year - 1, day.year + 2, day.year - 2, day.year + 3, day.year - 3]) {
    if (weekdayOf(on(year)) !== want) continue;
    if (limit !== undefined && year > day.year && lowerBound(on(year)) > limit) continue;
    const iso = formatPartialDate(on(year));
    return { ...value, start: iso, end: iso };
  }
  return null;
}

function quote(e: TemporalExpression): string {
  return `"${e.text}"`;
}

function isMention(e: TemporalExpression): boolean {
  return MENTION.test(e.ruleId);
}

/** a < b with no overlap: every day of a comes before every day of b */
function before(a: TimeValue, b: TimeValue): boolean {
  const x = valueBounds(a);
  const y = valueBounds(b);
  return !!x && !!y && x[1] < y[0];
}

function within(inner: TimeValue, outer: TimeValue): boolean {
  const x = valueBounds(inner);
  const y = valueBounds(outer);
  return !!x && !!y && x[0] >= y[0] && x[1] <= y[1];
}

/** ", and the consulate was ordered to close": a coordinated clause with a subject and a finite verb of its own */
const LATER_MAIN_CLAUSE =
  /(?:,\s+(?:and|but)|;)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w'’-]*|[a-z]+)(?:\s+[\w'’-]+){0,5}?\s+(?:was|were|is|are|has|have|had|[a-z]{3,}ed)\b/;

/** a line that is only a place and a day: "Algiers, 19 March 2022", "Geneva, 3 May" */
const PLACE_DAY_LINE =
  /^[A-Z][\p{L} .'’-]{1,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\.?$/u;

/** how many years before a time the sentence told another of its times must lie to be history it mentions */
const HISTORY_GAP_YEARS = 10;

/** the first year a value covers, or null */
const yearOf = (v: TimeValue): number | null => firstPoint(v)?.year ?? null;

/** yearless days and months, whose year the story's time gives */
const YEARLESS = /^(?:(?:open-)?day-month|bare-month)$/;
/** how close after "N years ago" a stated date must follow to say the same time more exactly, in characters */
const AGO_RESTATED_WITHIN = 40;
/** "By evening we had broken off relations": done by a later hour of the story's day, no flashback */
const BY_PART_OF_DAY =
  /\b[Bb]y\s+(?:the\s+)?(?:evening|nightfall|night|noon|midday|midnight|dusk|sunset|afternoon|lunchtime|then|that\s+time|end\s+of\s+the\s+day)\b/;
/** how far before a time its pluperfect verb may stand, in characters */
const PLUPERFECT_REACH = 90;

/** "…, had been the first of them to denounce the Chinese in March": a pluperfect verb shortly before, in the same clause */
function pluperfectBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - PLUPERFECT_REACH), at);
  const verb = lastPluperfect(before);
  // ("Russia had threatened Kyiv that summer, and in December it offered …": another clause)
  return verb !== null && !/[,;:]|\.\s/.test(before.slice(verb[1]));
}

export function createDocumentTimeline(
  doc: TimelineDocument,
  timelineOptions: TimelineOptions = {},
): DocumentTimeline {
  // yearNamesAThing is asked again for each event of a sentence and each time it states: its verdict
  // depends on the text alone, so it is kept by span (an expression is far shorter than 2^21 characters)
  const yearVerdicts = new Map<number, boolean>();
  const ordered = [...doc.sentences].sort((a, b) => a.index - b.index);
  const scanned = new Map<number, Candidate[]>();
  const events = new DocumentEvents();
  for (const s of ordered) {
    const named = events.parser();
    let found = scanCandidates(s.text, defaultConfiguration, named ? [named] : []);
    events.learn(s.text, found);
    if (timelineOptions.tenureLookup) {
      found.push(...findTenures(s.text, timelineOptions.tenureLookup, found));
      // "within ten days of taking office" counts from the leader's start, not from the story's time
      const starts = findOfficeStarts(s.text, timelineOptions.tenureLookup);
      if (starts.length) {
        found = found.filter((c) => !starts.some((o) => o.start < c.end && c.start < o.end));
        found.push(...starts);
      }
    }
    found.sort((a, b) => a.start - b.start);
    // "Forty years ago, in the last days of October 1978, …": the date that follows says exactly when
    found = found.filter(
      (c, i) =>
        c.ruleId !== 'deictic-ago' ||
        !found.slice(i + 1).some((x) => x.value !== null && x.start - c.end <= AGO_RESTATED_WITHIN),
    );
    for (const c of found)
      if (YEARLESS.test(c.ruleId) && pluperfectBefore(s.text, c.start)) c.looksBack = true;
    scanned.set(s.index, found);
  }
  const documentDate =
    documentDateValue(doc.metadata.publishedAt) ?? impliedWritingYear([...scanned.values()].flat());
  const options = { documentDate, narrativeFallsBackToDocument: false, publishedAt: documentDate };
  const bySentence = new Map<number, SentenceTime>();
  let narrative: NarrativeTime | null = null;
  let earlier: NarrativeTime | null = null;
  // after a heading nothing is carried, but "In July" still needs a year: the last one known
  let lastKnown: NarrativeTime | null = null;
  const recent: NarrativeTime[] = [];
  let section: number | null = null;
  /** the day a date heading gives its section */
  let sectionDay: NarrativeTime | null = null;
  /** whether sectionDay is the day the section was issued ("Algiers, 19 March 2022"), which a span counted to the writing stops at */
  let sectionDayIssued = false;
  /** the last weekday named before the story has any time, and where */
  let ledeDay: { sentence: number; time: NarrativeTime } | null = null;
  /** "## Why does it matter?": an explainer's questions are all about one story */
  let askingSection = false;
  /** the sentence that last moved the story's time */
  let movedAt = -1;
  for (const s of ordered) {
    // a new section starts a new story: carried time does not cross a heading
    if (s.sectionIndex !== section) {
      narrative = null;
      earlier = null;
      recent.length = 0;
      // "## Border situation (this reporting period)": a section about the present dates its
      // yearless days by the writing, not by the last year the story before it reached
      const heading = doc.sections[s.sectionIndex]?.heading ?? '';
      askingSection = heading.trim().endsWith('?');
      // "## Wednesday 17 January": a heading that is a date dates the entries under it
      sectionDay = dateHeading(heading, lastKnown, options);
      sectionDayIssued = false;
      if (sectionDay) {
        narrative = sectionDay;
        lastKnown = sectionDay;
      } else if (documentDate && PRESENT_HEADING.test(heading))
        lastKnown = {
          value: documentDate,
          expression: {
            value: documentDate,
            start: 0,
            end: 0,
            text: heading,
            ruleId: 'present-heading',
            relative: true,
            anchor: 'document',
          },
        };
    }
    section = s.sectionIndex;
    // "12:15 — …": an entry stamped with a clock time is told on the day of its section, whatever
    // time the entry before it reached back to ("a raid last month")
    if (sectionDay && CLOCK_STAMP.test(s.text)) {
      narrative = sectionDay;
      earlier = null;
    }
    const st: SentenceTime = {
      start: s.start,
      end: s.end,
      steps: [],
      narrativeBefore: narrative,
      narrativeEarlier: earlier,
      askedAfter: askingSection ? lastKnown : null,
      ledeDay:
        !narrative && !lastKnown && ledeDay && s.index - ledeDay.sentence <= LEDE_REACH ? ledeDay.time : null,
    };
    // "## 14 February 2023 … This morning a missile fell": under a date heading, "today", "this
    // morning" and "yesterday" count from that date, as its entry was written on it
    // (and a span counted on to the writing, "comes three weeks after …", stops at that day too)
    const writing = sectionDay
      ? {
          ...options,
          documentDate: sectionDay.value,
          ...(sectionDayIssued ? { publishedAt: sectionDay.value } : {}),
        }
      : options;
    // only a look back told in the last two sentences: a story that has gone on in the past for a
    // while has its own days
    const sameDay = s.index - movedAt <= 2 ? lastDayAfter(recent, narrative ?? lastKnown) : null;
    st.steps = resolveInOrder(
      scanned.get(s.index)!,
      narrative ?? lastKnown,
      writing,
      s.start,
      (c) =>
        yearNamesAThing(c.ruleId, s.start + c.start, s.start + c.end) &&
        // "after his 2024 election victory, declaring that December …": a thing named after a word
        // of time is what the rest of the sentence counts from, though it dates no act itself
        !AFTER_A_NAMED_TIME.test(doc.text.slice(Math.max(0, s.start + c.start - 40), s.start + c.start)),
      sameDay,
      recent.findLast((x) => x.value.precision === 'day') ?? null,
    ).steps;
    // "President Joko Widodo had refused clemency in December": not a December before he took office
    if (timelineOptions.tenureLookup && st.steps.some((x) => YEARLESS.test(x.expression.ruleId))) {
      const tenures = titledTenures(s.text, timelineOptions.tenureLookup);
      if (tenures)
        for (const x of st.steps) {
          if (!YEARLESS.test(x.expression.ruleId)) continue;
          const moved = movedIntoTenure(x.expression.value, tenures, writing.publishedAt ?? null);
          if (moved) x.expression.value = moved;
        }
    }
    // "Posted 20 August 2019" and "And is 2014 the right year to compare?" assert no time for the
    // story; "This thread follows … from that day to … this month" starts it at its first time
    if (POSTING_LINE.test(s.text) || POLAR_QUESTION.test(s.text)) for (const x of st.steps) x.carries = false;
    else if (SCOPE_LINE.test(s.text)) for (const x of st.steps.slice(1)) x.carries = false;
    // "On 2 June 2016 the Bundestag adopted a resolution describing the massacres of 1915 and 1916
    // as genocide": a time far before one the sentence already told is history it mentions, and
    // the story stays where the sentence put it
    const told = st.steps.find((x) => x.carries)?.expression.value;
    const toldYear = told ? yearOf(told) : null;
    if (toldYear !== null)
      for (const x of st.steps.slice(1)) {
        const y = yearOf(x.expression.value);
        if (x.carries && y !== null && toldYear - y > HISTORY_GAP_YEARS) x.carries = false;
      }
    for (const x of st.steps)
      if (RECORD_OUT_BEFORE.test(doc.text.slice(Math.max(0, x.expression.start - 60), x.expression.start)))
        x.carries = false;
    // "because nine months later it already feels like folklore": a span counted on to a present
    // the writer speaks from is the time of writing, not a step of the story
    for (const x of st.steps)
      if (
        x.expression.ruleId === 'relative-offset' &&
        /\blater$/i.test(x.expression.text) &&
        WRITERS_PRESENT_AFTER.test(doc.text.slice(x.expression.end, x.expression.end + 40))
      )
        x.carries = false;
    // "Algiers, 19 March 2022": a communiqué's own line of place and day dates what follows it,
    // as a wire dispatch's dateline does
    const placeDay =
      PLACE_DAY_LINE.test(s.text) && st.steps.length === 1 && st.steps[0].expression.value.precision === 'day'
        ? st.steps[0]
        : undefined;
    if (placeDay) {
      sectionDay = { value: placeDay.expression.value, expression: placeDay.expression };
      // a day with its year is the day the text was issued; a wire's "Feb 1" only says which day
      sectionDayIssued = /\d{4}/.test(placeDay.expression.text);
    }
    // "LIMA, Nov 14 (AWS) - …": a wire dispatch's dateline is the day it was filed, from which its
    // "last month" and "yesterday" count, until the next dispatch or heading
    const dateline = DATELINE.exec(s.text);
    const filed = dateline ? st.steps[0] : undefined;
    if (
      filed &&
      filed.expression.start - s.start < dateline![0].length &&
      filed.expression.value.precision === 'day'
    ) {
      sectionDay = { value: filed.expression.value, expression: filed.expression };
      sectionDayIssued = false;
      // "ALMATY, Aug 26 - Eight months after Russian paratroopers landed, Kazakhstan …": counted
      // from an event to the day of filing, the offset is that day, not eight months past it
      for (const x of st.steps)
        if (
          x.expression.ruleId === 'relative-offset' &&
          /\bafter$/i.test(x.expression.text) &&
          x.narrativeBefore?.expression === filed.expression
        )
          x.expression.value = withInferred(filed.expression.value, true);
    }
    // "Late on Saturday, Croatia's foreign ministry informed …": a news story's opening weekdays
    // date the sentences between them, though they do not set the story's time (later weekdays
    // count from the writing, not from them)
    if (!narrative && !lastKnown)
      for (const x of st.steps)
        if (x.expression.ruleId === 'weekday' && x.expression.value.start)
          ledeDay = { sentence: s.index, time: { value: x.expression.value, expression: x.expression } };
    const after = narrativeAfter(st, narrative);
    // "was detained late last month": counted back from the day of the entry, a look back, not
    // where the entry's story goes on
    // ("on Jan 7 last year" names its day, and the story goes on from it)
    const lookBack =
      !!sectionDay &&
      !!after &&
      /^deictic/.test(after.expression.ruleId) &&
      after.expression.ruleId !== 'deictic-day-month' &&
      before(after.value, sectionDay.value);
    let moved = false;
    if (
      after &&
      !lookBack &&
      after !== narrative &&
      formatTimeValue(after.value) !== formatTimeValue(narrative?.value)
    ) {
      narrative = after;
      lastKnown = after;
      moved = true;
      movedAt = s.index;
    }
    // times stated lately, flashbacks included, so that a pluperfect can reach back to them
    for (const x of st.steps) {
      if (!x.carries) continue;
      recent.push({ value: x.expression.value, expression: x.expression });
      moved = true;
    }
    if (moved) {
      if (recent.length > 8) recent.splice(0, recent.length - 8);
      earlier = null;
      // the narrative's bounds once, not once per recent time
      const now = narrative ? valueBounds(narrative.value) : null;
      if (now) {
        for (let i = recent.length - 1; i >= 0 && !earlier; i--) {
          const then = valueBounds(recent[i].value);
          if (then && then[1] < now[0]) earlier = recent[i];
        }
      }
    }
    bySentence.set(s.index, st);
  }

  /**
   * the story's time after the sentence: its last carrying time, except that a relative
   * clause ("…, which it had dropped in 2004, …") or a flashback in the pluperfect ("the
   * trigger had been a speech in late May") does not move the story back
   */
  function narrativeAfter(st: SentenceTime, current: NarrativeTime | null): NarrativeTime | null {
    let carrying = st.steps.filter((x) => x.carries);
    if (carrying.length === 0) return st.steps.length > 0 ? reachedBound(st, current) : current;
    const toNarrative = (x: ResolvedStep): NarrativeTime => ({
      value: x.expression.value,
      expression: x.expression,
    });
    // "the agreement would otherwise have expired on 22 November": a time that is only foreseen or
    // supposed is not where the story has got to
    const told = carrying.filter((x) => !foreseen(st, x.expression));
    if (told.length === 0) return current ?? toNarrative(carrying[carrying.length - 1]);
    carrying = told;
    // "a decree signed on 28 November banned the imports from 1 January": when a measure takes
    // effect, after the act that took it, is not where the story has got to
    const effective = carrying.filter(
      (x, i) =>
        i > 0 &&
        EFFECTIVE_FROM.test(doc.text.slice(Math.max(0, x.expression.start - 20), x.expression.start)) &&
        before(carrying[0].expression.value, x.expression.value),
    );
    if (effective.length) carrying = carrying.filter((x) => !effective.includes(x));
    // "a custom Mexico has honoured: Spanish republicans in 1939, Chileans after 1973": times listed
    // after a statement about the present are its examples, not where the story goes
    if (current && carrying.every((x) => examplesAfterColon(st, x.expression))) return current;
    const own = carrying.filter((x) => !namesAThing(x.expression, -1));
    if (own.length < carrying.length) {
      // "the 1904 treaty" does not take the story back to 1904
      if (own.length === 0) {
        const last = carrying[carrying.length - 1];
        // after a heading, "A treaty signed in 1973 obliges …" still leaves the story's time untold
        if (!current) return null;
        return !before(current.value, last.expression.value) ? current : toNarrative(last);
      }
      carrying = own;
    }
    const last = carrying[carrying.length - 1];
    // "## Statements … on 4 April Ecuador had declared …": after a heading, a flashback in the
    // pluperfect to before the last time the report reached does not restart the story there
    if (
      !current &&
      lastKnown &&
      carrying.length === 1 &&
      before(last.expression.value, lastKnown.value) &&
      pluperfectRightAfter(doc.text.slice(last.expression.end, st.end))
    )
      return null;
    if (!current && carrying.length === 1) return toNarrative(last);
    // "NOV 14 - The council lifts the embargo it imposed in 2009": a time that frames the sentence
    // from its start is the story's; an earlier one told after it looks back
    const frame = carrying[0];
    // ("SEOUL, May 20 (Newswire) — A torpedo sank the corvette in March, investigators concluded":
    // the dateline frames the dispatch the same way)
    const leadIn = doc.text.slice(st.start, frame.expression.start);
    if (
      carrying.length > 1 &&
      before(last.expression.value, frame.expression.value) &&
      (/^\W*(?:(?:in|on|at|by|since|during)\s+)?$/i.test(leadIn) ||
        datelineLength(doc.text.slice(st.start, frame.expression.end + 40)) > leadIn.length)
    )
      return toNarrative(frame);
    // neither a relative clause nor a pluperfect: the cheap common case
    const local = doc.text.slice(st.start, st.end);
    if (!/\bhad\s/i.test(local) && !RELATIVE_WORD.test(local) && !holdsRelativeThat(local))
      return toNarrative(last);
    const { segments, framing, roles } = structure(st);
    const background = (e: TemporalExpression) => {
      const i = segments.findIndex((g) => e.start >= g.start && e.start < g.end);
      if (i < 0) return false;
      if (roles[i] === 'relative') return true;
      // "… a strip of land where some 6,000 people have sheltered since last year": a relative
      // clause inside the segment, before the time, describes something else
      const lead = doc.text.slice(segments[i].start, e.start);
      if (RELATIVE_WORD.test(lead) || holdsRelativeThat(lead)) return true;
      // "After the routes were closed in 2022, Brussels had lifted the duties": the clause bounds a
      // main clause in the pluperfect, a flashback as a whole
      const next = segments[i + 1];
      if ((roles[i] === 'after' || roles[i] === 'before') && next && isPluperfect(doc.text, next, next.end))
        return true;
      const from = framing[i] && i > 0 ? segments[i - 1] : segments[i];
      return isPluperfect(doc.text, { start: from.start, end: segments[i].end }, e.end);
    };
    const main = carrying.filter((x) => !background(x.expression));
    if (main.length > 0) return toNarrative(main[main.length - 1]);
    if (current && before(last.expression.value, current.value)) return current;
    return toNarrative(last);
  }

  /**
   * "By 2014 both sides wanted a way out", "Until 2010.": a sentence opening on an upper bound
   * says the story has got that far, so a later "7 November" falls in that year, not the one before
   */
  function reachedBound(st: SentenceTime, current: NarrativeTime | null): NarrativeTime | null {
    const first = st.steps[0]?.expression;
    if (!first?.ruleId.startsWith('open-') || !/^(?:by|until|till)\b/i.test(first.text) || !first.value.end)
      return current;
    // ("GUEST: Until 2010.": a speaker's label before it changes nothing)
    if (
      !/^\W*(?:[A-Z][A-Z0-9 ]*:\s*)?(?:(?:and|but|yet|so|then)\s+)?$/i.test(
        doc.text.slice(st.start, first.start),
      )
    )
      return current;
    const end = parsePartialDate(first.value.end);
    if (!end) return current;
    const value = withInferred(pointValue(end, 'approximate'), true);
    if (current && before(value, current.value)) return current;
    return { value, expression: first };
  }

  function structure(st: SentenceTime): { segments: Segment[]; framing: boolean[]; roles: SegmentRole[] } {
    if (!st.segments) {
      const local = doc.text.slice(st.start, st.end);
      st.segments = segmentSentence(local).map((g) => ({ start: g.start + st.start, end: g.end + st.start }));
      // by pushing, for one element kind whatever the count (see dateFor)
      const spans: TemporalExpression[] = [];
      for (const x of st.steps) spans.push(x.expression);
      st.framing = st.segments.map(
        (g) =>
          spans.some((e) => e.start >= g.start && e.end <= g.end) && isFramingSegment(doc.text, g, spans),
      );
      st.roles = st.segments.map((g) => segmentRole(doc.text, g));
    }
    return { segments: st.segments, framing: st.framing!, roles: st.roles! };
  }

  /**
   * a time after the trigger that another verb stands between and governs: "halved the
   * tariffs imposed the previous September", "agreed that she would travel the following year"
   */
  function ownedByAnotherVerb(e: TemporalExpression, triggerEnd: number): boolean {
    if (e.start < triggerEnd) return false;
    const gap = doc.text.slice(triggerEnd, e.start);
    if (MODAL_BETWEEN.test(gap) || RELATIVE_VERB_BETWEEN.test(gap)) return true;
    const m = PARTICIPLE_BEFORE.exec(gap);
    // "the agreement finally concluded in June 2016": only adverbs between, the participle is the trigger's own
    return (
      !!m &&
      gap
        .slice(0, m.index)
        .split(/\s+/)
        .some((w) => /^[A-Za-z]/.test(w) && !/ly$/.test(w))
    );
  }

  /**
   * a time in the stretch of a pluperfect the trigger is not part of: "withdrew the status
   * it had granted Pakistan in 1996 and raised duties" — 1996 is the granting's
   */
  function inPluperfectAside(
    e: TemporalExpression,
    seg: Segment,
    triggerStart: number,
    triggerEnd: number,
    others: readonly TemporalExpression[],
  ): boolean {
    const last = lastPluperfect(doc.text.slice(seg.start, e.start));
    if (!last) return false;
    const hadStart = seg.start + last[0];
    const hadEnd = seg.start + last[1];
    if (hadStart >= triggerEnd) return true;
    // "had met in 2010 and signed" may share its time with the trigger; only a time of the
    // clause's own before the pluperfect ("The following day …") shows it a flashback
    return (
      hadEnd <= triggerStart &&
      e.end <= triggerStart &&
      others.some((x) => x !== e && x.end <= hadStart && x.start >= seg.start && isResolved(x.value))
    );
  }

  /**
   * a time after the trigger that another clause states: after a semicolon, or leading a
   * later clause that goes on past it ("criticised the decision, and in January 2019 they
   * created a channel"): it dates what follows it, not what came before
   */
  function opensLaterClause(
    e: TemporalExpression,
    triggerEnd: number,
    segments: Segment[],
    framing: boolean[],
  ): boolean {
    if (e.start < triggerEnd) return false;
    if (doc.text.slice(triggerEnd, e.start).includes(';')) return true;
    const i = segments.findIndex((g) => e.start >= g.start && e.start < g.end);
    if (i < 0 || framing[i] || triggerEnd > segments[i].start) return false;
    return CLAUSE_OPENER.test(doc.text.slice(segments[i].start, e.start));
  }

  function hasHad(st: SentenceTime): boolean {
    st.hasHad ??= /\bhad\s/i.test(doc.text.slice(st.start, st.end));
    return st.hasHad;
  }

  /**
   * a bare year used as a noun's modifier ("the 1904 treaty", "Moscow's 2015 intervention")
   * names a thing of that year, unless the noun is the trigger itself ("its 2014 annexation")
   */
  function namesAThing(e: TemporalExpression, triggerStart: number): boolean {
    if (e.end <= triggerStart && doc.text.slice(e.end, triggerStart).trim() === '') return false;
    // "postponing a state visit planned for early September": the time a thing was planned for
    // is the thing's, not the act's nor the story's
    if (e.start > triggerStart && PLANNED_FOR.test(doc.text.slice(Math.max(0, e.start - 40), e.start)))
      return true;
    // "murders dating back to the early 2000s": the time a thing goes back to is the thing's
    if (DATING_BACK.test(doc.text.slice(Math.max(0, e.start - 30), e.start))) return true;
    // "the frontier consultations, broken off in 1964, be resumed": an aside on a noun dates the noun
    if (
      PARTICIPLE_ASIDE_BEFORE.test(doc.text.slice(Math.max(0, e.start - 40), e.start)) &&
      // (", lapsed in January 1969, and Tegucigalpa declined": a main verb after a relative clause)
      /^\s*,\s+(?!and\b|but\b|while\b|when\b|so\b)/.test(doc.text.slice(e.end, e.end + 12))
    )
      return true;
    return yearNamesAThing(e.ruleId, e.start, e.end);
  }

  function yearNamesAThing(ruleId: string, start: number, end: number): boolean {
    if (ruleId !== 'year') return false;
    const key = start * 2 ** 21 + (end - start);
    let verdict = yearVerdicts.get(key);
    if (verdict === undefined) {
      verdict = yearSpanNamesAThing(start, end);
      yearVerdicts.set(key, verdict);
    }
    return verdict;
  }

  function yearSpanNamesAThing(start: number, end: number): boolean {
    // "the Caracas Convention on Diplomatic Asylum of 1954", "the Treaty of 1904": a year closing
    // an instrument's name
    if (NAMED_INSTRUMENT_OF.test(doc.text.slice(Math.max(0, start - 80), start))) return true;
    if (THING_OF_YEAR.test(doc.text.slice(Math.max(0, start - 60), start))) return true;
    const lead = doc.text.slice(Math.max(0, start - 90), start);
    if (
      RELATIVE_MAKING.test(lead) ||
      CONTACT_RELATIVE_MAKING.test(lead) ||
      GROUND_TAKEN.test(lead) ||
      INSTRUMENT_MADE.test(lead) ||
      COMPARED_WITH.test(lead)
    )
      return true;
    return (
      MODIFIER_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) &&
      // "the 1965 agreement", "the 1965 Agreement on the Settlement of …"
      /^\s+[A-Za-z]/.test(doc.text.slice(end, end + 3))
    );
  }

  /** a time listed after a colon that closes a clause in the present or the present perfect */
  function examplesAfterColon(st: SentenceTime, e: TemporalExpression): boolean {
    const lead = doc.text.slice(st.start, e.start);
    const colon = lead.indexOf(':');
    if (colon < 0) return false;
    const statement = lead.slice(0, colon);
    return PRESENT_STATEMENT.test(statement) && !PAST_STATEMENT.test(statement);
  }

  /** a time in a clause that foresees or supposes ("would have expired on", "was due to end in") */
  function foreseen(st: SentenceTime, e: TemporalExpression): boolean {
    const lead = doc.text.slice(st.start, e.start);
    const clause = lead.slice(
      Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1,
    );
    // "The House will recall the events of 17 April 1984": remembering looks back, it foresees nothing
    return FORESEEING.test(clause) && !RECALLING.test(clause);
  }

  /** the trigger is an act said to be still to come ("would travel") */
  function futureTrigger(seg: Segment | undefined, triggerStart: number): boolean {
    const lead = doc.text.slice(Math.max(seg ? seg.start : 0, triggerStart - 40), triggerStart);
    // most triggers follow no auxiliary: a plain word check spares the anchored regex
    return /\b(?:would|will|could|should|might|shall|to)\s/i.test(lead) && MODAL_BEFORE.test(lead);
  }

  function distance(e: TemporalExpression, triggerStart: number, triggerEnd: number): number {
    if (e.end <= triggerStart) {
      const gap = doc.text.slice(e.end, triggerStart).trim();
      const words = gap ? gap.split(/\s+/).length : 0;
      // "its 2014 annexation": a time right before the trigger modifies it
      return triggerStart - e.end + (words <= 1 ? 0 : 12);
    }
    if (e.start >= triggerEnd) {
      const attached = PREPOSITION_BEFORE.test(doc.text.slice(Math.max(triggerEnd, e.start - 12), e.start));
      return e.start - triggerEnd - (attached ? 5 : 0);
    }
    return 0;
  }

  function attach(
    e: TemporalExpression,
    how: DateAttachment['how'],
    reason: string,
    inferred: boolean,
  ): DateAttachment {
    return { value: inferred ? withInferred(e.value, true) : e.value, expression: e, how, reason };
  }

  /**
   * a bound on the event's time, narrowed to narrative time when that lies inside it: the
   * story's own time is the better guess, the bound only rules out what the text excludes
   */
  function bounded(
    e: TemporalExpression,
    bound: TimeValue,
    how: DateAttachment['how'],
    reason: string,
    st: SentenceTime,
    strictlyAfter: TimeValue | null,
  ): DateAttachment {
    const n = st.narrativeBefore?.value;
    if (n && isResolved(n) && within(n, bound) && (!strictlyAfter || before(strictlyAfter, n))) {
      return {
        value: withInferred(n, true),
        expression: e,
        how,
        reason: `${reason}; narrative time ${formatTimeValue(n)} falls inside it`,
      };
    }
    return { value: withInferred(bound, true), expression: e, how, reason };
  }

  /** the writing date, no more precise than `like` (a year bound ends in a year) */
  function horizonEnd(like: string): string {
    const d = documentDate ? lastPoint(documentDate) : null;
    const l = parsePartialDate(like);
    return d && l ? formatPartialDate(truncateLike(d, l)) : '';
  }

  /** "after <a clause stating 2014>, Y": Y is later than that time */
  function afterBound(e: TemporalExpression, st: SentenceTime, how: DateAttachment['how']): DateAttachment {
    const from = e.value.end || e.value.start;
    const end = horizonEnd(from);
    const bound: TimeValue = {
      start: from,
      end: end >= from ? end : '',
      precision: 'range',
      type: 'open',
      inferred: true,
    };
    return bounded(e, bound, how, `after ${quote(e)} in the clause before`, st, e.value);
  }

  /** a named event in the trigger's clause that the trigger is not part of ("welcomed the Russian presence in Syria") */
  function mentionBound(e: TemporalExpression, st: SentenceTime): DateAttachment {
    const point = e.ruleId === 'historical-point';
    const end = horizonEnd(e.value.start);
    const bound: TimeValue = point
      ? {
          start: e.value.start,
          end: end >= e.value.start ? end : '',
          precision: 'range',
          type: 'open',
          inferred: true,
        }
      : e.value;
    return bounded(e, bound, 'governing', `${quote(e)} names an event of the clause`, st, null);
  }

  function carriedDate(st: SentenceTime, triggerStart: number): DateAttachment {
    const carried = st.narrativeBefore;
    // "has already brought": done at some time between the story's last point and the writing
    const lead = documentDate ? doc.text.slice(Math.max(st.start, triggerStart - 40), triggerStart) : '';
    const perfect = (lead.includes('has') || lead.includes('have')) && PERFECT_BEFORE.test(lead);
    if (!carried) {
      const asked = acrossHeading(st);
      if (asked === NONE && st.ledeDay)
        return {
          value: withInferred(st.ledeDay.value, true),
          expression: st.ledeDay.expression,
          how: 'narrative',
          reason: `no time stated yet: the day ${quote(st.ledeDay.expression)} just before named`,
        };
      return asked === NONE && perfect ? lately() : asked;
    }
    if (perfect) {
      const from = carried.value.start || carried.value.end;
      const end = horizonEnd(from);
      if (from && end > from)
        return {
          value: { start: from, end, precision: 'range', type: 'approximate', inferred: true },
          expression: carried.expression,
          how: 'narrative',
          reason: `present perfect: from narrative time ${formatTimeValue(carried.value)} up to the writing date`,
        };
    }
    return {
      value: withInferred(carried.value, true),
      expression: carried.expression,
      how: 'narrative',
      reason: `narrative time ${formatTimeValue(carried.value)} carried from ${quote(carried.expression)}`,
    };
  }

  /**
   * "Kyiv's minister has asked Warsaw repeatedly to clear the roads", before the report has told
   * any time: a present perfect with no story behind it is recent news, from the month before the
   * writing up to it
   */
  function lately(): DateAttachment {
    const end = documentDate ? lastPoint(documentDate) : null;
    if (!end || end.month === undefined) return NONE;
    const month = end.month === 1 ? 12 : end.month - 1;
    const start = formatPartialDate({ year: end.month === 1 ? end.year - 1 : end.year, month });
    return {
      value: { start, end: formatPartialDate(end), precision: 'range', type: 'approximate', inferred: true },
      expression: null,
      how: 'narrative',
      reason: 'present perfect before any time is told: recent, from the month before the writing up to it',
    };
  }

  /**
   * "## What did Erdoğan say? … he called the Dutch …": under a heading that asks a question, an
   * explainer's section that has stated no time yet is told, most likely, in the year the report
   * last reached; only the year is carried across the heading (any other heading starts a new story)
   */
  function acrossHeading(st: SentenceTime): DateAttachment {
    const last = st.askedAfter;
    const year = (last?.value.start || last?.value.end || '').slice(0, 4);
    if (!last || !/^\d{4}$/.test(year)) return NONE;
    return {
      value: { start: year, end: year, precision: 'year', type: 'approximate', inferred: true },
      expression: last.expression,
      how: 'narrative',
      reason: `no time stated under this question yet: the year the report last reached, ${year}, carried across the heading`,
    };
  }

  return {
    documentDate,

    expressions(sentenceIndex: number): TemporalExpression[] {
      return bySentence.get(sentenceIndex)?.steps.map((x) => x.expression) ?? [];
    },

    narrativeAt(sentenceIndex: number): TimeValue | null {
      return bySentence.get(sentenceIndex)?.narrativeBefore?.value ?? null;
    },

    dateFor(sentenceIndex: number, triggerStart: number, triggerEnd: number): DateAttachment {
      const st = bySentence.get(sentenceIndex);
      if (!st) return NONE;
      // gathered by pushing: filter-then-map made arrays of several element kinds (empty, holey,
      // packed), and each new kind met here made V8 throw dateFor's compiled code away again
      const usable: TemporalExpression[] = [];
      for (const x of st.steps) if (isResolved(x.expression.value)) usable.push(x.expression);
      // most sentences state no time and carry one without a flashback: no clause structure needed
      if (usable.length === 0 && !st.narrativeEarlier) return carriedDate(st, triggerStart);
      const { segments, framing, roles } = structure(st);
      const home = segments.findIndex((g) => triggerStart >= g.start && triggerStart < g.end);
      if (usable.length > 0) {
        if (home >= 0) {
          const seg = segments[home];
          const later = usable.some((x) => x.start >= triggerEnd);
          const future = later && futureTrigger(seg, triggerStart);
          const flashback = hasHad(st);
          const plain = (x: TemporalExpression) => !namesAThing(x, triggerStart);
          // "the 1904 treaty" dates the treaty: any other time the sentence states comes first
          const better = usable.some((y) => !isMention(y) && plain(y));
          const inClause = usable.filter(
            (x) =>
              (!better || plain(x)) &&
              x.start >= seg.start &&
              x.end <= seg.end &&
              !ownedByAnotherVerb(x, triggerEnd) &&
              !(future && x.start >= triggerEnd) &&
              !(flashback && inPluperfectAside(x, seg, triggerStart, triggerEnd, usable)),
          );
          // "accused Mexico of stealing water under the 1944 treaty": with only a thing's own year in
          // its clause, an act of a story told years later is of the story's time
          if (!better && inClause.length > 0 && st.narrativeBefore && inClause.every((x) => !plain(x))) {
            const storyYear = yearOf(st.narrativeBefore.value);
            const thingYear = yearOf(inClause[0].value);
            if (storyYear !== null && thingYear !== null && storyYear - thingYear > 1)
              return carriedDate(st, triggerStart);
          }
          const contains = (x: TemporalExpression) => x.start <= triggerStart && x.end >= triggerEnd;
          // a named event the trigger is not part of yields to any time the clause states
          const stated = inClause.filter((x) => !isMention(x) || contains(x));
          const hasFrame = framing.some((f, i) => f && i !== home);
          // a named event the trigger is not part of yields also to a time framing the sentence
          const inside = stated.length > 0 || hasFrame ? stated : inClause;
          if (inside.length > 0) {
            let best = inside[0];
            let bestDistance = distance(best, triggerStart, triggerEnd);
            for (const x of inside.slice(1)) {
              const d = distance(x, triggerStart, triggerEnd);
              if (d < bestDistance) {
                best = x;
                bestDistance = d;
              }
            }
            if (isMention(best) && !contains(best)) return mentionBound(best, st);
            return attach(best, 'governing', `${quote(best)} in the same clause`, best.value.inferred);
          }
          // a clause of its own that only states a time ("In 2010, however, …") frames the sentence
          const frames = segments
            .map((g, i) => ({ g, i }))
            .filter(
              ({ g, i }) =>
                framing[i] && i !== home && usable.some((x) => x.start >= g.start && x.end <= g.end),
            )
            .sort(
              (a, b) =>
                (a.i < home ? home - a.i : a.i - home + segments.length) -
                (b.i < home ? home - b.i : b.i - home + segments.length),
            );
          if (frames.length > 0) {
            const g = frames[0].g;
            const e = usable.find((x) => x.start >= g.start && x.end <= g.end)!;
            return attach(e, 'governing', `${quote(e)} frames the sentence`, e.value.inferred);
          }
          if (inClause.length > 0) return mentionBound(inClause[0], st);
        }
        // another clause of the sentence states a time: the nearest, preferring one before the
        // trigger, but not one from a relative clause, which describes something else
        const roleOf = (e: TemporalExpression) =>
          roles[segments.findIndex((g) => e.start >= g.start && e.start < g.end)] ?? 'main';
        const future =
          home >= 0 &&
          usable.some((x) => x.start >= triggerEnd) &&
          futureTrigger(segments[home], triggerStart);
        const own = usable.filter(
          (x) =>
            !ownedByAnotherVerb(x, triggerEnd) &&
            !(future && x.start >= triggerEnd) &&
            !opensLaterClause(x, triggerEnd, segments, framing),
        );
        const main = own.filter(
          (x) => roleOf(x) !== 'relative' && !isMention(x) && !namesAThing(x, triggerStart),
        );
        // a time that only names a thing or tells of a relative clause still bounds an act told after
        // it ("after the sanctions over its 2014 annexation, Moscow deployed …"), never one before it
        // ("Kigali denied it, accusing a militia founded in the 1994 genocide")
        const pool = main.length > 0 ? main : own.filter((x) => x.end <= triggerStart);
        // "… the land occupied in 1967; Begin conceded nothing": a thing's year before the act only
        // bounds it, and the story's time, later still, says when it was
        const storyAfter = st.narrativeBefore?.value;
        if (
          main.length === 0 &&
          storyAfter &&
          pool.length > 0 &&
          pool.every((x) => namesAThing(x, triggerStart) && before(x.value, storyAfter))
        )
          return carriedDate(st, triggerStart);
        if (pool.length > 0) {
          const earlierOnes = pool.filter((x) => x.end <= triggerStart);
          const pick = earlierOnes.length > 0 ? earlierOnes[earlierOnes.length - 1] : pool[0];
          // "nine diplomats were expelled, and the consulate was ordered to close from 1 October": a
          // time at the end of a later main clause is that clause's; the act before it keeps the story's
          if (
            earlierOnes.length === 0 &&
            st.narrativeBefore &&
            LATER_MAIN_CLAUSE.test(doc.text.slice(triggerEnd, pick.start))
          )
            return carriedDate(st, triggerStart);
          if (roleOf(pick) === 'after' && pick.value.type !== 'open' && pick.end <= triggerStart)
            return afterBound(pick, st, 'sentence');
          return attach(pick, 'sentence', `${quote(pick)} elsewhere in the sentence`, true);
        }
      }
      const carried = st.narrativeBefore;
      // "had come at a time of …": the pluperfect reaches back before the current narrative time
      const back = st.narrativeEarlier;
      if (
        carried &&
        back &&
        home >= 0 &&
        isPluperfect(doc.text, segments[home], triggerEnd) &&
        !BY_PART_OF_DAY.test(doc.text.slice(segments[home].start, triggerStart)) &&
        before(back.value, carried.value)
      ) {
        return {
          value: withInferred(back.value, true),
          expression: back.expression,
          how: 'narrative',
          reason: `pluperfect: narrative time ${formatTimeValue(back.value)} from before ${quote(carried.expression)}`,
        };
      }
      return carriedDate(st, triggerStart);
    },
  };
}
