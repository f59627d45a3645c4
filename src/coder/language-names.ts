/**
 * Language names that are also a people's: "an English translation", "signed in Arabic, Hebrew and
 * English". The dictionary reads "English" as Britain's demonym; said of a text or a speech it names
 * a language and no party, in a sentence or in a document's title.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

const LANGUAGE_NAME =
  /^(?:English|French|Arabic|Hebrew|Russian|German|Spanish|Portuguese|Chinese|Mandarin|Persian|Farsi|Turkish|Japanese|Korean|Italian|Dutch|Greek|Urdu|Hindi|Swedish|Polish)$/;
const LANGUAGE_NOUN_AFTER =
  /^(?:-language\b|\s+(?:translations?|language|subtitles|interpreters?|edition|speakers|-speaking)\b)/i;
/** "in Arabic, Hebrew and English." — a list of languages after "in", closing the phrase */
const LANGUAGE_LIST_BEFORE = /\bin\s+(?:[A-Z][a-z]+,?\s+(?:and\s+|or\s+)?)*$/;
const PHRASE_END_AFTER = /^\s*(?:[,.;:)]|and\b|or\b|$)/;
/** true for a demonym mention that names a language: before a word for a text or a speech, or closing a list after "in" */
export function isLanguageName(m: ActorMention, text: string): boolean {
  if (m.how !== 'demonym' || !LANGUAGE_NAME.test(m.text)) return false;
  const after = text.slice(m.end, m.end + 16);
  if (LANGUAGE_NOUN_AFTER.test(after)) return true;
  return (
    PHRASE_END_AFTER.test(after) && LANGUAGE_LIST_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start))
  );
}
