/**
 * Who "we" and "I" are: the speaker of the quotation or statement they stand in. Reports quote
 * officials ("'We will not accept it,' Lavrov said"; "The ministry said: 'We urge Baku …'") and
 * statements go on in the first person after a header naming their author ("Foreign Minister X,
 * 2 August: Canada is alarmed … We urge …"). Without a speaker the first person is the writer's own
 * voice and names nobody.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';
import { isPersonMention } from './mentions.js';
import { NAME_LOWER, NAME_UPPER } from './name-letters.js';

const SAY =
  'said|says|say|told|tells|added|adds|stated|states|declared|declares|insisted|insists|warned|warns|wrote|writes|tweeted|posted|noted|notes|argued|argues|explained|stressed|stresses|emphasi[sz]ed|remarked|replied|replies|responded|asserted|claimed|claims|complained|vowed|pledged|promised|announced|announces|continued';
/** "Lavrov told reporters", "the ministry said in a statement", "X, the foreign minister, said" */
const AFTER_SPEAKER = new RegExp(
  String.raw`^(?:\s+(?:[a-z-]+|[${NAME_UPPER}][${NAME_LOWER}]+)){0,3}?(?:,[^,"“”.]{1,90},)?\s+(?:(?:also|later|then|again|publicly|separately|simply|bluntly|flatly)\s+)?(?:${SAY})\b`,
);
/** "…," said the minister */
const SAID_BEFORE = new RegExp(String.raw`[,"”]\s*(?:${SAY})\s+(?:the\s+)?$`);
const ACCORDING_TO = /\baccording to\s+(?:the\s+)?$/i;
/** "…," he said / she told reporters: a speaker named by a pronoun */
const PRONOUN_SPEAKER = new RegExp(
  String.raw`(?:[,"”]\s*|^)(?:he|she)\s+(?:${SAY})\b|[,"”]\s*(?:${SAY})\s+(?:he|she)\b`,
  'i',
);
/** case matters: "US" is a country and "i" no word of prose */
const FIRST_PERSON_WORDS = String.raw`\b(?:[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves|I|[Mm]e|[Mm]y)\b`;
const FIRST_PERSON = new RegExp(FIRST_PERSON_WORDS, 'g');
const HAS_FIRST_PERSON = new RegExp(FIRST_PERSON_WORDS);
const SINGULAR = /^(?:i|me|my)$/i;
/** a speech's "you" and "your": the host it is addressed to */
const SECOND_PERSON = /\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b/g;
const HAS_SECOND_PERSON = new RegExp(SECOND_PERSON.source);
const TOLD_AUDIENCE = /\b(?:tell|assure|remind|ask|thank)\s+$/i;
/** what may be a label of any kind ("A:", "Q:"), which ends the turn of the speaker before */
const ANY_LABEL = /^[A-Z][^:.!?\n]{0,80}:/;
/**
 * A paragraph opened by its speaker's name, as in a meeting record or a transcript: "The
 * President:", "Mr X (France) (spoke in French):", "REPORTER (in Baku):". A name alone before a
 * colon is more often a heading ("Morocco: from freeze to partnership"), so a label has a title,
 * capitals or a parenthesis.
 */
const SPEAKER_LABEL =
  /^(?:(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|The)\b[^:()\n.]{1,60}?|\p{Lu}[\p{Lu} .'’-]{1,40}|\p{Lu}[^:()\n.]{0,60}?(?=\s*\())\s*(?:\([^()]{1,60}\)\s*){0,2}:/u;

/** character ranges inside quotation marks; a quotation left open runs to the end, one closed without an opening starts at 0 */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // a straight mark right after a sentence's punctuation closes what the sentence before opened
    const closesCarried = c === '"' && open < 0 && i > 0 && /[,.!?;]/.test(text[i - 1]);
    const opening = c === '“' || (c === '"' && open < 0 && !closesCarried);
    const closing = c === '”' || (c === '"' && (open >= 0 || closesCarried));
    if (opening && open < 0) open = i;
    else if (closing) {
      spans.push([Math.max(open, 0), i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** whether the character at `at` stands inside one of the quotation spans */
export const inside = (spans: Array<[number, number]>, at: number) =>
  spans.some(([a, b]) => a <= at && at < b);

/** a mention outside quotes that says what the sentence quotes, or heads the statement after a colon */
export function findSpeaker(
  text: string,
  found: ActorMention[],
  spans = quoteSpans(text),
): { speaker: ActorMention; header: number } | null {
  let best: ActorMention | null = null;
  let header = -1;
  for (const m of found) {
    if (inside(spans, m.start) || m.generic) continue;
    const after = text.slice(m.end, m.end + 160);
    const colon = /^[^"“”.;:]{0,120}:/.exec(after);
    if (colon) {
      // "Foreign Minister X, on social media, 2 August: …": what follows the colon is the statement;
      // of the names before one colon the last is the speaker ("The Minister for Foreign Affairs,
      // European Union and Cooperation (Mr X): …")
      const at = m.end + colon[0].length;
      if (!best || header === at) {
        best = m;
        header = at;
      }
      continue;
    }
    if (
      AFTER_SPEAKER.test(after) ||
      SAID_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
      ACCORDING_TO.test(text.slice(Math.max(0, m.start - 16), m.start))
    )
      best ??= m;
  }
  return best ? { speaker: best, header } : null;
}

/** the formula by which a chair speaks for a state: "in my capacity as the representative of Chile" */
const CAPACITY_AS =
  /\bin (?:my|its|his|her) (?:national )?capacity as (?:the )?(?:representative|delegate) of\s/i;
/** "my country", "my Government", "my Prime Minister": a delegate's "my" that stands for the state */
const MY_STATE =
  /^\s+(?:own\s+)?(?:country|government|delegation|nation|state|authorities|(?:prime\s+|foreign\s+)?minister|president)\b/i;

/**
 * "my Government", "your country": a possessive and the state's own noun are one phrase naming the
 * state, which may be a subject or an object as a name is
 */
const OWN_STATE_NOUN = /^\s+(?:Government|government|country|nation|Administration|administration)\b/;

/** where the phrase of a person word at `start` ends, and whether it stays a possessive before a noun */
function personPhrase(text: string, start: number, word: string): { end: number; possessive: boolean } {
  const possessive = /^(?:our|my|your)$/i.test(word);
  const noun = possessive ? OWN_STATE_NOUN.exec(text.slice(start + word.length)) : null;
  return { end: start + word.length + (noun ? noun[0].length : 0), possessive: possessive && !noun };
}

/** the speaker standing for "we" (its state or government) or for "I" (the person) */
function firstPersonMention(
  speaker: ActorMention,
  word: string,
  start: number,
  stateWord: boolean,
  text: string,
): ActorMention {
  const singular = SINGULAR.test(word) && !stateWord;
  const code = !singular && speaker.type === 'person' && speaker.country ? speaker.country : speaker.code;
  const { end, possessive } = personPhrase(text, start, word);
  return {
    ...speaker,
    start,
    end,
    text: text.slice(start, end),
    code,
    how: 'speaker',
    possessive,
    entryIds: [...speaker.entryIds, 'speaker:first-person'],
  };
}

/**
 * the entry of a voice taken from a speech's title or delivery line ("Toast by the President of
 * …"): a speaker's, so the speech's unquoted "I" and "my" are theirs too, not only its "we"
 */
export const SPEECH_VOICE = 'speech-voice';

const VOICE_CUE = /\b(?:served|serving|worked|working|career|retired|former)\b/i;
/** "who served in the ", "spent thirty years in the ", "worked for the " right before a state's name */
const SERVED_IN =
  /\b(?:served|serving|worked|working|career|spent\b[^.;]{0,30}\byears)\b[^.;]{0,40}\b(?:in|with|for|at)\s+(?:the\s+|its\s+)?$/i;
const FORMER = /\b(?:former|retired)\s+(?:senior\s+)?$/i;
const SERVANT_WORDS = 'diplomat|ambassador|envoy|official|minister|negotiator|officer|general';
/** "Ghanaian diplomat" read as one mention, or "a retired Ghanaian" followed by "(foreign) minister" */
const SERVANT_HEAD = new RegExp(`\\b(?:${SERVANT_WORDS})$`, 'i');
const SERVANT_AFTER = new RegExp(`^\\s*(?:foreign\\s+)?(?:${SERVANT_WORDS})`, 'i');

/**
 * Follows speakers from sentence to sentence: a quotation that goes on into the next sentence, or
 * a statement that goes on after its header, keeps its speaker.
 */
export class Speakers {
  private last: {
    sentence: number;
    speaker: ActorMention;
    quoted: boolean;
    paragraph: number;
    /** the speaker's label opened a paragraph ("Mr X (France):"), as in a record or transcript */
    label?: boolean;
  } | null = null;
  private paragraph = -1;
  /** the state a writer or interviewee says "we" for, learnt from how the document introduces them */
  private voice: ActorMention | null = null;
  /** the state a document's "we" speaks for by how it talks (see writer-voice.ts), when no sentence says */
  private impliedVoice: ActorMention | null = null;
  /** the state a speech's unquoted "you" is: the host, when the speech has a speaker and a pair */
  private addressee: ActorMention | null = null;

  reset(impliedVoice: ActorMention | null = null, addressee: ActorMention | null = null): void {
    this.last = null;
    this.paragraph = -1;
    this.voice = null;
    this.impliedVoice = impliedVoice;
    this.addressee = addressee;
  }

  /** the country the document's own "we" speaks for: the one its opening gave, else the one implied */
  voiceCountry(): string | null {
    return (this.voice ?? this.impliedVoice)?.country ?? null;
  }

  /**
   * "… who served in the Philippine embassy in Beijing", "a retired Swedish diplomat": an opening
   * sentence that places its writer or interviewee in a state's service gives their "we" and "our"
   * that state. Reports in the first person of no state ("as we have seen") have no such sentence.
   */
  learnVoice(text: string, found: ActorMention[]): void {
    if (this.voice || !VOICE_CUE.test(text)) return;
    for (const m of found) {
      if (m.country?.length !== 3 || (m.type !== 'state' && m.type !== 'government')) continue;
      // "anyone who served in Beijing in those years": a capital is where one was posted, not whom one served
      if (m.how === 'metonym') continue;
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      const after = text.slice(m.end, m.end + 40);
      const servant = SERVANT_AFTER.test(after) || SERVANT_HEAD.test(m.text);
      if (SERVED_IN.test(before) || (FORMER.test(before) && servant)) {
        this.voice = m;
        return;
      }
    }
  }

  /**
   * "you received me at the palace", "your Government sent …": in a speech with a speaker, the
   * unquoted second person is the host's state. Only where no quotation or statement in the
   * sentence has a speaker of its own.
   */
  private addressed(text: string): ActorMention[] {
    const host = this.addressee;
    if (!host || !HAS_SECOND_PERSON.test(text)) return [];
    const spans = quoteSpans(text);
    const out: ActorMention[] = [];
    SECOND_PERSON.lastIndex = 0;
    for (let m = SECOND_PERSON.exec(text); m; m = SECOND_PERSON.exec(text)) {
      // "I can tell you that …", "let me assure you", "thank you": the audience is no party ("thank
      // your Government for …" names the host's state)
      if (
        inside(spans, m.index) ||
        (/^you$/i.test(m[0]) && TOLD_AUDIENCE.test(text.slice(Math.max(0, m.index - 12), m.index)))
      )
        continue;
      const { end, possessive } = personPhrase(text, m.index, m[0]);
      out.push({
        ...host,
        start: m.index,
        end,
        text: text.slice(m.index, end),
        how: 'speaker',
        possessive,
        entryIds: [...host.entryIds, 'speaker:second-person'],
      });
    }
    return out;
  }

  /** who holds the floor after a sentence whose speaker is `here` */
  private heard(
    here: { speaker: ActorMention; header: number },
    sentence: number,
    paragraph: number,
    labelEnd: number,
    turn: boolean,
  ): NonNullable<Speakers['last']> {
    const quoted = here.header < 0;
    // the label's own speaker, not one whose statement starts at a later colon
    const label = !quoted && here.header <= labelEnd;
    // "Our British colleague says that …": a delegate quoting another keeps the floor
    if (!label && turn && this.last?.label) return this.last;
    return { sentence, speaker: here.speaker, quoted, paragraph, label };
  }

  /**
   * first-person words of this sentence that stand for a speaker, as mentions; `lastPerson` names
   * the person a "he said" stands for
   */
  mentions(
    text: string,
    found: ActorMention[],
    sentence: number,
    lastPerson: () => ActorMention | undefined,
    paragraph = -1,
  ): ActorMention[] {
    const opensParagraph = paragraph >= 0 && paragraph !== this.paragraph;
    this.paragraph = paragraph;
    const labelEnd = opensParagraph ? (SPEAKER_LABEL.exec(text)?.[0].length ?? -1) : -1;
    const labelled = labelEnd >= 0;
    // a record's speaker label ("The Minister (Mr X): …") holds the floor to the end of the paragraph,
    // and one that opens a paragraph holds it until the next label ("The President: …"), however
    // many paragraphs the speech runs to
    if (opensParagraph && this.last?.label && (labelled || ANY_LABEL.test(text))) this.last = null;
    const turn =
      !!this.last &&
      !this.last.quoted &&
      paragraph >= 0 &&
      (this.last.paragraph === paragraph || !!this.last.label);
    // most sentences have no first person: then only a speaker who may go on into the next
    // sentence matters, one quoted or heading a statement
    const firstPerson = HAS_FIRST_PERSON.test(text);
    if (!firstPerson && !/[:"“”]/.test(text)) {
      if (!turn) this.last = null;
      return this.addressed(text);
    }
    const spans = quoteSpans(text);
    let here = findSpeaker(text, found, spans);
    // "The President: I shall now make a statement in my capacity as the representative of Chile"
    const capacity = CAPACITY_AS.exec(text);
    const delegate = capacity ? found.find((m) => m.end > capacity.index + capacity[0].length) : undefined;
    if (delegate?.country) {
      this.last = { sentence, speaker: delegate, quoted: false, paragraph, label: true };
      here = null;
    }
    if (!firstPerson) {
      if (here) this.last = this.heard(here, sentence, paragraph, labelEnd, turn);
      else if (!turn) this.last = null;
      return [];
    }
    if (!here && PRONOUN_SPEAKER.test(text)) {
      const person = lastPerson();
      if (person) here = { speaker: person, header: -1 };
    }
    const before = this.last && (sentence - this.last.sentence <= 2 || turn) ? this.last : null;
    const out: ActorMention[] = [];
    const fromLabel = here ? here.header >= 0 && here.header <= labelEnd : !!before?.label;
    FIRST_PERSON.lastIndex = 0;
    for (let m = FIRST_PERSON.exec(text); m; m = FIRST_PERSON.exec(text)) {
      const word = m[0];
      const quoted = inside(spans, m.index);
      let speaker: ActorMention | null = null;
      if (here && (quoted || (here.header >= 0 && m.index >= here.header))) speaker = here.speaker;
      // a quotation carried over from the sentence before, or a statement its header introduced
      else if (!here && before && (quoted || !before.quoted)) speaker = before.speaker;
      // the writer's own "we" and "our", when the document placed the writer in a state's service
      // (a speaker the sentence quotes elsewhere does not own the unquoted "our")
      else if (
        (!here || here.header < 0) &&
        !quoted &&
        // a speech given on its host's ground is the speaker's own, "I" too; a speech to an
        // assembly thanks and congratulates its chair in the first person singular
        (!SINGULAR.test(word) || (!this.voice && this.addressee !== null))
      )
        speaker = this.voice ?? this.impliedVoice;
      // "I" is a person: a ministry or a state says "we", though its delegate says "my country",
      // and a delegate whose label names the state speaks for it ("Ms X (Chile): I thank …")
      const stateWord =
        (/^my$/i.test(word) && MY_STATE.test(text.slice(m.index + word.length))) ||
        (speaker !== null && fromLabel && /^I$/.test(word));
      if (
        speaker &&
        SINGULAR.test(word) &&
        !stateWord &&
        !isPersonMention(speaker) &&
        speaker.entryId !== SPEECH_VOICE
      )
        continue;
      if (speaker?.country) out.push(firstPersonMention(speaker, word, m.index, stateWord, text));
    }
    if (!here && !before) out.push(...this.addressed(text));
    if (here) this.last = this.heard(here, sentence, paragraph, labelEnd, turn);
    // the statement or quotation has ended once a sentence goes on without the first person
    else if (!out.length && !turn) this.last = null;
    return out;
  }
}
