/**
 * Table tests of constructions found missing in the eighteenth session, on the development sets
 * and on sentences of our own. Each row is our own text with the events that must (and must not)
 * come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'a joint text signed by a pair, named only by a pronoun or a general word': [
    { text: 'Ghana and Togo signed it in Accra in 1984.', expect: ['GHA>TGO:057'] },
    { text: 'In 1984 Ghana and Togo signed the final act in Lome.', expect: ['GHA>TGO:057'] },
    // one signer alone has no partner to sign with; a letter is no agreement between the signers
    { text: 'Ghana signed it in 1984.', expect: [] },
    { text: 'Ghana and Togo signed the letter to the Commission.', expect: [] },
  ],
  'a joint text signed, its signers in a "by" phrase after the place and date': [
    { text: 'The treaty was signed in Accra on 2 May by Ghana and Togo.', expect: ['GHA>TGO:057'] },
  ],
  'a joint text named before the pair that signed it': [
    {
      text: 'Both parliaments ratified the treaty that Ghana and Togo signed in 1984.',
      expect: ['GHA>TGO:057'],
    },
    {
      text: 'Lome later ended the accord that the Ghanaian and Togolese foreign ministers had signed in Accra.',
      expect: ['GHA>TGO:057'],
    },
  ],
  'proceedings begun against a state, or a case named before the state that brought it': [
    { text: 'Ghana began proceedings against Togo at the court in 2019.', expect: ['GHA>TGO:115'] },
    { text: 'Ghana opened arbitration proceedings against Togo.', expect: ['GHA>TGO:115'] },
    { text: 'The judges heard the case that Ghana brought against Togo in 2019.', expect: ['GHA>TGO:115'] },
    { text: 'In June 2018 Ghana brought proceedings against Togo at the court.', expect: ['GHA>TGO:115'] },
  ],
  "the other side's boats or posts blown up": [
    { text: 'In May Ghanaian sappers began blowing up Togolese border posts.', expect: ['GHA>TGO:190'] },
    { text: 'The protesters blew up the statue.', expect: [] },
    // whose boats, the sentence does not say; the sea they sailed is no party
    { text: 'American warships began blowing up boats in the Caribbean.', expect: [] },
  ],
  "a town of the other side taken by that side's troops": [
    { text: 'Ghanaian troops took Lome on 3 May.', expect: ['GHA>TGO:192'] },
    { text: 'Ghanaian troops took Lome by surprise.', expect: [] },
    // soldiers captured are captives (173), not ground taken
    { text: 'Ghanaian troops captured Togolese soldiers.', expect: ['GHA>TGO:173'] },
  ],
  'foreigners given a time to leave': [
    { text: 'Accra gave the Togolese advisers a week to leave.', expect: ['GHA>TGO:174'] },
    { text: 'ECOWAS gave the Malian junta one week to restore the president.', expect: ['WAS>MLI:139'] },
  ],
  'a case taken to a court, or an appeal there against the other party': [
    { text: 'Accra appealed to the court against Lome that summer.', expect: ['GHA>TGO:115'] },
  ],
  "a fishing vessel's warps cut by the other side": [
    { text: 'An Icelandic patrol vessel cut the warps of a British trawler.', expect: ['ISL>GBR:171'] },
  ],
  '"the North" of the Koreas opening a sentence': [
    {
      text: 'South Korea and North Korea met in April. The North cut off all military lines with the South in June.',
      expect: ['PRK>KOR:160'],
    },
  ],
  'a quarrel settled with the other side': [
    { text: 'Ghana settled its border dispute with Togo in 1992.', expect: ['GHA>TGO:057'] },
  ],
  'an official of the other side lectured': [
    {
      text: 'The Ghanaian president lectured the Togolese foreign minister at dinner.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'military action against the other side suspended, or further steps promised': [
    { text: 'Pyongyang suspended its military action plans against Seoul.', expect: ['PRK>KOR:087'] },
    { text: 'Cairo promised further steps against Doha.', expect: ['EGY>QAT:130'] },
  ],
  "troops driving deep into the other side's territory": [
    { text: 'In December Ghanaian columns drove deep into Togolese territory.', expect: ['GHA>TGO:190'] },
  ],
  'a framework signed by the pair': [
    { text: 'Ghana and Togo signed a framework for talks in May.', expect: ['GHA>TGO:057'] },
  ],
  'a language named like a people': [
    { text: 'Egypt and Israel signed the treaty in Arabic, Hebrew and English.', expect: ['EGY>ISR:057'] },
    { text: 'Pyongyang published an English translation of its note to Seoul.', expect: [] },
    // a people's adjective before a ship or an envoy is still a party
    { text: 'Pyongyang seized English ships.', expect: ['PRK>GBR:17'] },
  ],
  'a foreigner refused entry, or held or barred in a town of the holding state, in the passive': [
    { text: 'The Togolese minister was refused entry at Accra airport.', expect: ['GHA>TGO:172'] },
    { text: 'Two British journalists were arrested in Mumbai on Monday.', expect: ['IND>GBR:173'] },
    { text: 'The Turkish minister was barred from landing in Rotterdam.', expect: ['NLD>TUR:172'] },
    // one's own nationals held at home: no foreign holder to name
    { text: 'Two Indian journalists were arrested in Mumbai on Monday.', expect: [] },
  ],
  "troops leaving the other side's country, announced or under way": [
    {
      text: 'In April Accra announced that all its troops would leave Togo by September.',
      expect: ['GHA>TGO:0356'],
    },
    { text: 'The Ghanaian columns were leaving Togo.', expect: ['GHA>TGO:087'] },
    { text: 'Ghanaian forces had been ordered out of Togo.', expect: ['GHA>TGO:087'] },
    { text: 'Accra ordered its troops out of Togo.', expect: ['GHA>TGO:087'] },
  ],
  'a military step said to follow if the other side acts': [
    {
      text: 'Lome wrote that if Ghana joined the pact, Togo would have to strengthen its forces on the border.',
      expect: ['TGO>GHA:138'],
    },
    { text: 'Lome said that if Ghana joined the pact, trade would suffer.', expect: [] },
  ],
  'weapons or boats asked of another state': [
    { text: 'Reykjavik asked Washington for fast patrol boats of its own.', expect: ['ISL>USA:02'] },
  ],
  'talks refused': [
    { text: 'The Togolese simply refused to take part in the talks with Ghana.', expect: ['TGO>GHA:125'] },
  ],
  "another's act, named with its author, called a betrayal": [
    { text: "Damascus called the Egyptian president's journey high treason.", expect: ['SYR>EGY:111'] },
    { text: 'Accra called the weather a disgrace.', expect: [] },
  ],
  "an airport named after a person is its country's ground": [
    { text: "The Egyptian president's aircraft landed at Ben Gurion airport.", expect: ['EGY>ISR:042'] },
  ],
  'the officials of the pair': [
    {
      text: 'Ghana and Togo held talks in May. In June the foreign ministers of the two sides signed the accord.',
      expect: ['GHA>TGO:040', 'GHA>TGO:057'],
    },
  ],
  'a past form before a counted object, coordinated with a second verb': [
    {
      text: 'In 2021 the Ghanaian navy apprehended 40 Togolese fishermen and took their boats into custody.',
      expect: ['GHA>TGO:173'],
    },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}

describe('warships named with their flag once', () => {
  it("are that state's when named bare after, and nobody's before", async () => {
    const doc = await markdownReport('Iceland and Britain', '1976-06-01', [
      'Reykjavik accused the frigates of ramming deliberately.',
      'British frigates and Icelandic patrol vessels collided more than fifty times. Reykjavik accused the frigates of ramming deliberately.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events.filter((e) => e === 'ISL>GBR:112')).toHaveLength(1);
    expect(events.some((e) => e.startsWith('ISL>ISL'))).toBe(false);
  });
});
