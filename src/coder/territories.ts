/**
 * Territories that texts name as the object of an annexation, occupation or offensive, mapped to
 * the state they belong to in international law, so that "the annexation of Crimea" has Ukraine
 * as its target. The actors dictionary does not list them because they never act themselves;
 * the coder only uses them as targets.
 * @module
 */
import type { ActorMention } from '../actors/mention.js';

const TERRITORIES: Array<[RegExp, string, string]> = [
  [/\b(?:the\s+)?Crimea(?:n Peninsula)?\b/g, 'UKR', 'Ukraine'],
  [/\b(?:the\s+)?Donbass?\b/g, 'UKR', 'Ukraine'],
  [/\b(?:Donetsk|Luhansk|Lugansk|Kherson|Zaporizhzhia|Zaporozhye|Mariupol|Kharkiv)\b/g, 'UKR', 'Ukraine'],
  [/\b(?:the\s+)?Gaza(?:\s+Strip)?\b/g, 'PSE', 'Palestine'],
  [/\b(?:the\s+)?West Bank\b/g, 'PSE', 'Palestine'],
  [/\b(?:the\s+)?Golan(?:\s+Heights)?\b/g, 'SYR', 'Syria'],
  [/\b(?:Abkhazia|South Ossetia)\b/g, 'GEO', 'Georgia'],
  [/\bNagorno-Karabakh\b/g, 'AZE', 'Azerbaijan'],
  [/\bTransnistria\b/g, 'MDA', 'Moldova'],
  [/\bNorthern Cyprus\b/g, 'CYP', 'Cyprus'],
  [/\b(?:Hokkaido|Okinawa)\b/g, 'JPN', 'Japan'],
  [/\bGuam\b/g, 'USA', 'United States'],
];

/**
 * a word every pattern above needs: one scan rules out the sentences that name no territory
 * (nearly all), where running the twelve patterns cost more than any other mention finder
 */
const ANY_TERRITORY =
  /Crimea|Donbas|Donetsk|Luhansk|Lugansk|Kherson|Zaporizhzhia|Zaporozhye|Mariupol|Kharkiv|Gaza|West Bank|Golan|Abkhazia|South Ossetia|Nagorno-Karabakh|Transnistria|Northern Cyprus|Hokkaido|Okinawa|Guam/;

/** territory mentions in `text` that no resolver mention already covers */
export function territoryMentions(text: string, found: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (!ANY_TERRITORY.test(text)) return out;
  for (const [re, country, name] of TERRITORIES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].startsWith('the') ? 4 : 0);
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      out.push({
        start,
        end,
        text: text.slice(start, end),
        code: country,
        country,
        name,
        entryId: `territory:${country}`,
        type: 'region',
        how: 'name',
        entryIds: [`territory:${country}`],
      });
    }
  }
  return out;
}
