/**
 * Responses: "Baku responded with artillery fire", "Warsaw answered in kind". Such a clause names
 * how a state answered but not whom; the target is the author of the act it answers, which the
 * coder finds among the events just coded. The patterns here yield an event only then.
 * @module
 */
import { PatternIndex } from './match.js';
import { parsePatterns } from './patterns.js';

/** an id prefix the coder reads as "code only with a target from the act answered" */
export const RESPONSE_PREFIX = 'response-';
/** the answer repeats the act it answers: its code is that act's */
export const IN_KIND_ID = '190.response-in-kind';
/**
 * "Phnom Penh followed suit", "Cairo did the same": the act just told is done again by another
 * party, back at its author when it was aimed at this one, else at the same target
 */
export const COPY_IDS = new Set([
  '190.response-follow-suit',
  '190.response-same',
  '190.response-as-did',
  '190.response-count-alone',
]);
/** "Lima replied that its navy had never left port": an answer to a charge denies it */
export const REBUTTAL_ID = '016.response-rebuttal';

const TEXT = `
@resp_verb = respond retaliate react reply answer reciprocate
@resp_fire = fire gunfire shelling shells barrage barrages salvo salvoes rockets missiles mortars artillery strikes airstrikes raids drones
190  response-in-kind   : *@resp_verb/V ~ in kind | tgt=none   # Warsaw responded in kind; Prague answered each expulsion in kind
190  response-fire      : *@resp_verb/V with @resp_fire | tgt=none   # Baku responded with artillery fire
190  response-hit-back  : *hit|strike|fire|shoot/V back with @resp_fire | tgt=none   # the militia hit back with rockets
190  response-follow-suit : *follow/V suit | tgt=none   # Lome recalled its envoy, and Accra followed suit
190  response-same      : *do/V ?exactly the same|likewise | tgt=none   # Lome expelled two diplomats; Accra did the same
190  response-as-did    : as *do|have $S | src=slot tgt=none   # Lome expelled two diplomats, as did Accra and Abuja
@count_word = one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
190  response-count-alone : *expel|recall|withdraw|summon/V @count_word ?more ?each | tgt=none   # Bratislava expelled three Russian diplomats; Vilnius expels two
016  response-rebuttal  : *reply|retort|counter|answer|respond/V ?, that | tgt=none   # Quito accused Lima of spying; Lima retorted that the charge was invented
`;

let index: PatternIndex | null = null;

/** the response patterns, parsed once */
export function responseIndex(): PatternIndex {
  index ??= new PatternIndex(parsePatterns([{ name: 'responses', text: TEXT }]));
  return index;
}

/** cheap test before matching: only sentences with one of these words can hold a response */
export const RESPONSE_WORD =
  /\b(?:respond|retaliat|retort|counter|react|repl|answer|reciprocat|back\s+with|follow(?:s|ed|ing)?\s+suit|(?:expel|recall|withdr[ae]w|summon)\w*\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b|(?:do|does|did|done|doing)\s+(?:exactly\s+)?(?:the\s+same|likewise)|as\s+(?:did|do|does|had|have|has)\s+[A-Z])/i;
