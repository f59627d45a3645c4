/**
 * Generality rows: IR phrasings beyond the founding essay, each in our own words, covering the
 * verb lemmas, event-noun objects, demanded acts, territories and pair descriptions the coder
 * must handle on texts about any dyad.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { shown } from './helpers/coder-rows.js';

const coder = createCoder();

/** rows: text, events that must be coded (prefix match on the code), events that must not be */
const rows: Array<[string, string[], string[]?]> = [
  // diplomatic downgrades
  ['Quito ordered the Venezuelan ambassador to leave the country.', ['ECU>VEN:174']],
  ['Canberra shut the Iranian embassy in 2015.', ['AUS>IRN:161']],
  ['Lima ordered the closure of the Bolivian consulate.', ['PER>BOL:161']],
  ['Cairo recalled its envoys from Doha and Ankara.', ['EGY>QAT:161', 'EGY>TUR:161']],
  [
    'In 2016 Bahrain, Sudan and Djibouti cut ties with Tehran.',
    ['BHR>IRN:161', 'SDN>IRN:161', 'DJI>IRN:161'],
  ],
  ['Riga expelled the Russian envoy.', ['LVA>RUS:161']],
  // economic coercion
  ['Ottawa retaliated with duties on American steel and aluminium.', ['CAN>USA:163']],
  ['Moscow halted gas supplies to Sofia in April.', ['RUS>BGR:162']],
  ['Washington put a Chinese firm on its entity list.', ['USA>CHN:163']],
  ['The European Union lifted the tariffs on Indian rice.', ['EUR>IND:081']],
  // rejection, refusal, criticism
  ['Minsk refused to recognise the Lithuanian vote.', ['BLR>LTU:120']],
  ['Delhi saw the Chinese move as a provocation.', ['IND>CHN:111']],
  ['The envoys of Cairo and Ankara traded barbs at the meeting.', ['EGY>TUR:111']],
  ['Vietnam seized a Chinese trawler. Beijing condemned the seizure.', ['VNM>CHN:171', 'CHN>VNM:111']],
  ['Seoul dismissed the Japanese sanctions as retaliation.', ['KOR>JPN:120']],
  // meetings, visits, talks
  ['Lima and Quito met in Panama in May.', ['PER>ECU:040']],
  ['The Indian premier arrived in Dhaka on Monday.', ['IND>BGD:042']],
  ['The chancellor telephoned the Polish president.', []],
  ['Hanoi offered to meet Manila.', ['VNM>PHL:036']],
  ['Washington offered talks on missiles to Moscow.', ['USA>RUS:036']],
  ['Cairo restored relations with Doha in 2021.', ['EGY>QAT:05']],
  ['Ghana and Togo agreed to exchange prisoners.', ['GHA>TGO:057']],
  // force
  ['Kigali launched an offensive in Burundi.', ['RWA>BDI:190']],
  ['Ankara shot down a Russian jet.', ['TUR>RUS:190']],
  ['Pyongyang fired a missile over Japan.', ['PRK>JPN:150']],
  ['Beijing staged drills around Taiwan.', ['CHN>TWN:150']],
  ['Tehran seized a Greek tanker.', ['IRN>GRC:171']],
  // nominal events with a governing subject, and territories
  ["Russia's annexation of Crimea shocked Europe.", ['RUS>UKR:192']],
  ['Moscow proclaimed the annexation of four Ukrainian regions.', ['RUS>UKR:192']],
  // demanded acts are not events; the demand is
  [
    'Riyadh required Doha to close its Turkish base and sever links with Tehran.',
    ['SAU>QAT:10'],
    ['QAT>IRN:161', 'QAT>TUR:'],
  ],
  ['Ankara demanded that Athens withdraw its troops from the islands.', ['TUR>GRC:10'], ['GRC>']],
  // negation through refusal
  ['Kyiv refused to sell weapons to Minsk.', [], ['UKR>BLR:061']],
  // context targets, reversed dyads and possessive pronouns before a named actor
  [
    'Manila arrested Chinese fishermen near the shoal. Beijing recalled its ambassador at once.',
    ['CHN>PHL:161'],
  ],
  ['Hanoi accused their Chinese partners of dumping steel.', ['VNM>CHN:112']],
  [
    'Ottawa imposed duties on Mexican cement. Mexico answered with levies on Canadian beef.',
    ['CAN>MEX:163', 'MEX>CAN:163'],
  ],
  ['Jakarta retaliated within days with tariffs on Australian wheat.', ['IDN>AUS:163']],
  ['Indian jets struck Pakistani camps. Islamabad described the raid as aggression.', ['PAK>IND:111']],
  // alleged acts inside an accusation, and places that are not antecedents
  ['Hanoi accused Beijing of seizing Vietnamese trawlers.', ['VNM>CHN:112'], ['CHN>VNM:171']],
  ['The two Koreas agreed to resume talks.', ['PRK>KOR:0']],
  // pair descriptions
  ['Modi received Sharif in Delhi. The two leaders signed a trade accord.', ['IND>PAK:057']],
];

describe('coder: general IR phrasings', () => {
  for (const [text, want, unwanted = []] of rows) {
    it(text, () => {
      const got = shown(coder.codeText(text, { date: '2019' }).events);
      for (const w of want) {
        const [dyad, code] = w.split(':');
        expect(
          got.some((g) => g.startsWith(`${dyad}:${code}`) && !g.includes('!')),
          `${w} in ${JSON.stringify(got)}`,
        ).toBe(true);
      }
      for (const u of unwanted) {
        expect(
          got.filter((g) => !g.includes('!') && g.startsWith(u)),
          `${u} must not be coded: ${JSON.stringify(got)}`,
        ).toEqual([]);
      }
      if (want.length === 0 && unwanted.length === 0) expect(got.filter((g) => !g.includes('!'))).toEqual([]);
    });
  }
});
