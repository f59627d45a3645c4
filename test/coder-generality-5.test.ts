/**
 * Table tests of constructions found missing in the eighth session, on the development sets and
 * on sentences of our own: "it" as a small clause's object before a coordinated verb, an act told
 * without its target in a report on a pair, a company's claim, light verbs that carry a noun act,
 * and the agent of a passive whose subject holds the act. Each row is our own text with the events
 * that must (and must not) come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  '"it" before a noun phrase is the object of a small clause': [
    {
      text: 'Accra called it a provocation and blamed Togo for the clash.',
      expect: ['GHA>TGO:112'],
    },
    {
      // "said it would" keeps "it" as a subject
      text: 'Togo said it would expel the Ghanaian envoy.',
      expect: [],
      absent: ['GHA>TGO'],
    },
  ],
  'an envoy withdrawn with no party named, in a report on a pair': [
    {
      text: [
        'Relations between Ghana and Togo soured in 2019.',
        'Togo accused Ghana of harbouring rebels.',
        'In March the Ghanaian foreign minister, Kwame Boateng, withdrew the ambassador.',
      ].join(' '),
      expect: ['GHA>TGO:161'],
    },
  ],
  "a company's claim rejected": [
    {
      // an assertion rejected is denied (016), as gold coders mostly take it
      text: 'Moldova rejects as unfounded the claim of PJSC Gazprom that the gas was retained in transit.',
      expect: ['MDA>RUS:016'],
    },
  ],
  'light verbs that carry a noun act': [
    {
      text: 'Togo raised a formal objection to the Ghanaian proposal.',
      expect: ['TGO>GHA:11'],
    },
  ],
  'the agent of a passive whose subject holds the act': [
    {
      text: 'The application instituting proceedings against Togo was lodged by Ghana in May.',
      expect: ['GHA>TGO:115'],
    },
    {
      text: 'A complaint about Togolese incursions was lodged by Ghana with the council.',
      expect: ['GHA>TGO:114'],
    },
    {
      // a passive whose agent names no one leaves the act without a source
      text: 'The application instituting proceedings against Togo was lodged in May.',
      expect: [],
      absent: ['GHA>TGO'],
    },
  ],
  'a breach charged by whoever says it': [
    {
      text: 'The Ghanaian minister said that Togo had flouted the fisheries accord.',
      expect: ['GHA>TGO:112'],
    },
    {
      text: '"Togo has been in breach of the accord for months," the Ghanaian minister told reporters.',
      expect: ['GHA>TGO:112'],
    },
    {
      text: 'According to the Ghanaian foreign ministry, Togo had violated the ceasefire.',
      expect: ['GHA>TGO:112'],
    },
    {
      // the writer's own account accuses no one; a denial is no charge
      text: 'Togo violated the ceasefire in 2019. Lome denied that Ghana had breached the accord.',
      expect: [],
      absent: ['GHA>TGO:112', 'TGO>GHA:112'],
    },
  ],
  "a court's judgment welcomed, a jurisdiction contested": [
    {
      text: 'The International Court of Justice ruled for Togo in May. Lome welcomed the judgment.',
      expect: ['TGO>UNO:051'],
    },
    {
      text: 'The International Court of Justice heard the case in May. Ghana contested the jurisdiction of the International Court of Justice.',
      expect: ['GHA>UNO:120'],
    },
  ],
  'an accord extended': [
    {
      // an acronym in a treaty's name is no verb
      text: 'Ghana and Togo extended the WAFA accord for five years.',
      expect: ['GHA>TGO:057'],
    },
    {
      text: 'Ghana renewed the fisheries agreement with Togo.',
      expect: ['GHA>TGO:057'],
    },
  ],
  'administrative sanctions': [
    {
      text: 'Accra revoked the visas of Togolese inspectors.',
      expect: ['GHA>TGO:172'],
    },
    {
      text: 'Accra began requiring visas of Togolese officials.',
      expect: ['GHA>TGO:172'],
    },
    {
      text: 'Accra shut the Togolese cultural centre in Kumasi.',
      expect: ['GHA>TGO:172'],
    },
    {
      // a visa granted is no sanction
      text: 'Accra granted visas to Togolese traders.',
      expect: [],
      absent: ['GHA>TGO:172'],
    },
  ],
  'blame and wrongs laid by whoever says them': [
    {
      text: 'Two days later the Ghanaian president went further, saying that Togo bore responsibility for the deaths.',
      expect: ['GHA>TGO:112'],
    },
    {
      text: '"Togo is solely responsible for the collapse of the talks," the Ghanaian minister said.',
      expect: ['GHA>TGO:112'],
    },
    {
      text: 'The Togolese decision was "deeply irresponsible", the Ghanaian foreign minister told reporters.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'more acts of two parties': [
    {
      text: 'Ghana blocked the invitation to Togo.',
      expect: ['GHA>TGO:120'],
    },
    {
      text: 'A Togolese drone crossed the airspace of Ghana on Monday.',
      expect: ['TGO>GHA:15'],
    },
    {
      // entering one's own territory, or letting others enter it, is no incursion
      text: 'Togo refuses to let the mission enter its territory.',
      expect: [],
      absent: ['TGO>GHA:15'],
    },
    {
      text: 'Ghana decided to cut the staff of the Togolese embassy to ten.',
      expect: ['GHA>TGO:161'],
      // one side's decision is no accord
      absent: ['GHA>TGO:057'],
    },
    {
      text: 'Togo suspended its obligations under the fisheries treaty with Ghana.',
      expect: ['TGO>GHA:160'],
    },
    {
      text: 'Ghana formally transferred the last disputed villages to Togo in 2008.',
      expect: ['GHA>TGO:084'],
    },
    {
      text: 'The Togolese president warned that if Ghana began drilling in the lagoon, nobody would drill anywhere.',
      expect: ['TGO>GHA:13'],
    },
  ],
  "a party's filing turned down by the court of the report": [
    {
      text: [
        'Ghana took Togo to the International Court of Justice in 2015.',
        "Togo's preliminary objections, lodged in May 2016, were dismissed in 2017.",
      ].join(' '),
      expect: ['UNO>TGO:12'],
    },
    {
      // with no court in the report, nobody is the agent
      text: "Togo's objections, lodged in May 2016, were dismissed in 2017.",
      expect: [],
      absent: ['UNO>TGO'],
    },
    {
      text: 'Ghana went to law: its application instituting proceedings against Togo was filed in 2015.',
      expect: ['GHA>TGO:115'],
    },
  ],
  "the source's own possessive is no target": [
    {
      text: [
        'Relations between Ghana and Togo soured in 2019.',
        'Togo demanded an apology for the treatment of its ministers.',
      ].join(' '),
      expect: ['TGO>GHA:10'],
    },
  ],
  'campaigns, weapons sent over, wanted acts': [
    {
      // a progressive "campaigning in" is no military campaign; a campaign in a country is
      text: 'Why were Togolese ministers campaigning in Ghana at all? The Russian campaign in Ukraine stalled.',
      expect: ['RUS>UKR:19'],
      absent: ['TGO>GHA:19'],
    },
    {
      text: 'Pyongyang sent a missile over Japan. Ankara sent ministers across Europe.',
      expect: ['PRK>JPN:15'],
      absent: ['TUR>EUR:15'],
    },
    {
      // "their" takes up the pair just named; what they were urged to seek is not done
      text: [
        'Ghana and Togo traded insults in May.',
        'Benin, Niger and Mali had protested earlier.',
        'Several delegations urged the two countries to lower their tone and to seek a negotiated solution.',
      ].join(' '),
      expect: [],
      absent: ['GHA>TGO:04', 'BEN>NER:04', 'BEN>MLI:04'],
    },
  ],
  'more acts found on the thirteenth set': [
    {
      text: "In December 2008 Ghana blocked the opening of eleven chapters in Togo's accession negotiations.",
      expect: ['GHA>TGO:120'],
    },
    {
      text: 'Demonstrators in Accra burned Togolese flags outside the embassy.',
      expect: ['GHA>TGO:14'],
    },
    {
      text: "The Ghanaian president refused to receive the credentials of Togo's new ambassador.",
      expect: ['GHA>TGO:12'],
    },
    {
      text: 'Ghana noted with appreciation the patient work of Benin.',
      expect: ['GHA>BEN:051'],
    },
    {
      text: 'Togo released a number of Ghanaians the following month.',
      expect: ['TGO>GHA:084'],
    },
    {
      text: 'The Benin foreign minister told Ghana and Togo to settle the matter between themselves.',
      expect: ['BEN>GHA:02', 'BEN>TGO:02'],
    },
  ],
  'ministries named by their own names, entry barred': [
    {
      text: "The Foreign Office has summoned Iran's chargé d'affaires in London.",
      expect: ['GBR>IRN:114'],
    },
    {
      text: 'The Federal Foreign Office summoned the Russian ambassador. DFAT protested to Jakarta.',
      expect: ['DEU>RUS:114', 'AUS>IDN:114'],
    },
    {
      text: 'In May Moscow barred entry to the Japanese prime minister and sixty-two other Japanese nationals.',
      expect: ['RUS>JPN:172'],
    },
  ],
  'a ship seized, its flag in apposition; a body whose name is a plural': [
    {
      text: 'The Revolutionary Guards say they have seized the Sea Star, a Ghanaian-flagged tanker with 20 crew on board.',
      expect: ['IRN>GHA:171'],
    },
  ],
  'an act called a crime': [
    {
      text: 'Ghana called the Togolese seizure an act of state piracy.',
      expect: ['GHA>TGO:111'],
    },
  ],
  questions: [
    {
      // a yes/no question asks whether the act happened
      text: 'Has Lome ever apologised to Accra? Will the Togolese president come to Accra?',
      expect: [],
      absent: ['TGO>GHA:055', 'TGO>GHA:042'],
    },
    {
      // a wh-question takes the act as done
      text: 'Why did Accra expel the Togolese envoy?',
      expect: ['GHA>TGO:1'],
    },
  ],
  'an office named as a title before a name the dictionary lacks': [
    {
      text: 'Under Secretary of State Jane Doe met Russian Deputy Foreign Minister Sergei Ryabkov in Geneva.',
      expect: ['USA>RUS:04'],
    },
    {
      text: 'Accra protested on Monday. Defence Secretary Kofi Ansah then condemned Togo.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'an office title before a surname': [
    {
      // a prime minister of the 1950s is no ambassador of 2019
      text: 'Ambassador Daoud flew to Paris and condemned France.',
      expect: [],
      absent: ['AFG>FRA'],
    },
  ],
  'a surname first written after a title': [
    {
      text: [
        'In 2007 President Tabaré Vázquez flew to Madrid.',
        'A year later Vázquez accused Argentina of stalling the talks.',
      ].join(' '),
      expect: ['URY>ARG:112'],
    },
  ],
};

for (const [title, table] of Object.entries(rows)) {
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });
}

describe("a record's speaker label", () => {
  const record = [
    '---',
    'title: "Record of a sitting"',
    'date: 2022-06-15',
    '---',
    '',
    '**The Minister for Foreign Affairs, European Union and Cooperation (Mr Albares):** Thank you, Madam President. In April 2022 Algeria froze trade with Spain. The banks followed. I protested to the Algerian government.',
    '',
    '**The President:** Thank you. I call the next speaker.',
    '',
    'I protested to the Algerian government as well.',
  ].join('\n');

  it('gives the floor to the last name before its colon, to the end of the paragraph', async () => {
    const doc = await readDocumentFromBytes(new TextEncoder().encode(record), 'record.md');
    const events = coder.codeDocument(doc);
    const protest = events.filter((e) => e.code === '114' && e.target.code.startsWith('DZA'));
    // the minister's "I", three sentences after the label, is Spain's government, not the EU's
    expect(protest.map((e) => e.source.code)).toEqual(['ESPGOV']);
    // a new paragraph without a label is no longer the minister's turn
    expect(
      protest.every((e) =>
        doc.sentences[e.sentenceIndex].text.startsWith('I protested to the Algerian government.'),
      ),
    ).toBe(true);
  });
});

describe('a title naming a pair with a hyphen', () => {
  it("makes both members the report's pair", async () => {
    const text = [
      '---',
      'title: "The Dutch-Turkish quarrel in five questions"',
      'date: 2018-07-21',
      '---',
      '',
      'Turkey hosted the president of Germany in March, and Germany praised Turkey. Turkey and Germany signed a trade pact. Germany thanked Turkey.',
      '',
      "The quarrel grew all the same. Few had expected it. Trade fell. Prices rose. The Dutch chargé d'affaires was summoned twice that weekend.",
    ].join('\n');
    const doc = await readDocumentFromBytes(new TextEncoder().encode(text), 'quarrel.md');
    const summons = coder.codeDocument(doc).filter((e) => e.code === '114');
    expect(summons.map((e) => `${e.source.code}>${e.target.code}`)).toEqual(['TUR>NLD']);
  });
});
