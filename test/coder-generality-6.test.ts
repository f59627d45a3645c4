/**
 * Table tests of constructions found missing in the ninth session, on the development sets and on
 * sentences of our own: officials named by office alone, and cooperative acts refused. Each row is
 * our own text with the events that must (and must not) come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();
const PAIR = 'Relations between Peru and Chile soured in 2009.';

const rows: Record<string, CoderRow[]> = {
  'an official named by office alone acts for the other side of the pair': [
    {
      text: `${PAIR} The Prime Minister declined to apologise to Lima.`,
      expect: ['CHL>PER:124'],
    },
    {
      text: `${PAIR} A deputy foreign minister handed a formal protest to the Chilean side.`,
      expect: ['PER>CHL:114'],
    },
    {
      text: `${PAIR} The President condemned the Chilean decision.`,
      expect: ['PER>CHL:111'],
    },
    {
      // the office's own country, named after it, says whose it is
      text: `${PAIR} The president of Bolivia condemned the Chilean decision.`,
      expect: ['BOL>CHL:111'],
      absent: ['PER>CHL'],
    },
    {
      // "a government" is any government, not one of the pair
      text: `${PAIR} A government that ignores its neighbours condemned the Chilean decision.`,
      expect: [],
      absent: ['PER>CHL'],
    },
  ],
  'a cooperative act refused is a refusal': [
    { text: 'Chile refused to apologise to Peru.', expect: ['CHL>PER:124'], absent: ['CHL>PER:055'] },
    { text: 'Chile declined to lift the sanctions on Peru.', expect: ['CHL>PER:124'] },
    { text: 'Chile declined to sign the accord with Peru.', expect: ['CHL>PER:12'] },
    { text: 'Chile refused to meet the Peruvian envoy.', expect: ['CHL>PER:125'] },
    {
      // one refusal, however many words tell it
      text: 'Chile refused to extradite the officer to Peru.',
      expect: ['CHL>PER:12'],
    },
    {
      // a plain "not" is no refusal: the act simply did not happen
      text: 'Chile did not apologise to Peru.',
      expect: ['CHL>PER:055!neg'],
      absent: ['CHL>PER:12'],
    },
    {
      // a threat not made is no refusal either
      text: 'Chile refused to threaten Peru with sanctions.',
      expect: [],
      absent: ['CHL>PER:12'],
    },
  ],
  'a person held by the other side: named with a nationality, charged, sentenced, swapped, let go': [
    {
      text: `${PAIR} Chilean agents seized Luis Paredes, a Peruvian customs officer, near the border.`,
      expect: ['CHL>PER:17'],
    },
    {
      text: `${PAIR} Luis Paredes, a Peruvian customs officer, was seized in May. Paredes was charged with espionage in Santiago.`,
      expect: ['CHL>PER:1125'],
    },
    {
      text: `${PAIR} Luis Paredes, a Peruvian officer, was seized in May. A court in Santiago sentenced Paredes to eleven years.`,
      expect: ['CHL>PER:116'],
    },
    {
      text: `${PAIR} Luis Paredes, a Peruvian officer, was seized in May. In June Paredes was exchanged for a Chilean agent.`,
      expect: ['CHL>PER:0841'],
    },
    {
      text: `${PAIR} Luis Paredes, a Peruvian officer, was seized in May. Chile let Paredes go in June.`,
      expect: ['CHL>PER:0841'],
    },
    {
      // one's own national's release is demanded of whoever holds him
      text: `${PAIR} Luis Paredes, a Peruvian officer, was seized in May. The Peruvian foreign ministry demanded his immediate release.`,
      expect: ['PER>CHL:10'],
      absent: ['PER>PER'],
    },
    {
      // an accusation whose accuser is named in the by-phrase is that accuser's
      text: 'Chile was accused by the Federal Government in Lima of spying on its ports.',
      expect: ['PER>CHL:112'],
    },
  ],
  "a joint act in the passive with no party named is the report's pair": [
    { text: `${PAIR} The fisheries accord was signed in Arica on 4 May.`, expect: ['PER>CHL:057'] },
    { text: `${PAIR} Thirteen agreements were signed during the visit.`, expect: ['PER>CHL:057'] },
    { text: `${PAIR} Talks were held in Lima the following week.`, expect: ['PER>CHL:046'] },
    {
      // a third state named in the sentence may be a party: no guess
      text: `${PAIR} Talks were held in Beijing with Chinese officials.`,
      expect: [],
      absent: ['PER>CHL', 'CHL>PER'],
    },
    {
      // "agreements signed in 1952" names an old text, not an act
      text: `${PAIR} Chile says the matter was closed by agreements signed in 1952 and 1954.`,
      expect: [],
      absent: ['CHL>PER:057', 'PER>CHL:057'],
    },
    {
      // with no pair to go by, nobody signed
      text: 'The accord was signed in Arica on 4 May.',
      expect: [],
    },
  ],
  'an act called by a charge word': [
    {
      text: `${PAIR} Chile seized a Peruvian trawler in May. The Peruvian minister called the seizure an act of piracy.`,
      expect: ['PER>CHL:111'],
    },
    {
      text: `${PAIR} Chile seized a Peruvian trawler in May. Lima called the seizure "an act of state piracy".`,
      expect: ['PER>CHL:111'],
    },
    {
      text: `${PAIR} A Chilean court jailed a Peruvian fisherman in May. Lima called the sentence arbitrary.`,
      expect: ['PER>CHL:111'],
    },
    {
      // praise is no charge
      text: `${PAIR} Chile freed a Peruvian fisherman in May. Lima called the release an act of goodwill.`,
      expect: [],
      absent: ['PER>CHL:11'],
    },
  ],
  'a third party judging an act, or siding with one party': [
    {
      text: `${PAIR} Chile expelled two Peruvian traders in May. Bolivia expressed concern over the expulsions.`,
      expect: ['BOL>CHL:110'],
    },
    {
      text: `${PAIR} Chile expelled two Peruvian traders in May. Ecuador expressed its full support and solidarity with Peru.`,
      expect: ['ECU>PER:051'],
    },
    {
      text: `${PAIR} Ecuador expressed the solidarity of the Government of Ecuador with the Peruvian people.`,
      expect: ['ECU>PER:051'],
    },
  ],
  'a hostile act told by someone else accuses its doer': [
    {
      text: 'The Peruvian government said that Chilean troops had fired on a border post.',
      expect: ['PER>CHL:112'],
    },
    {
      text: 'Lima says Chilean officers are herding the migrants towards the fence.',
      expect: ['PER>CHL:112'],
    },
    { text: 'Chilean gunners shelled the customs post, Lima said.', expect: ['PER>CHL:112'] },
    {
      // the act keeps its own reading beside the accusation
      text: 'Lima says Chilean jets have violated Peruvian airspace.',
      expect: ['PER>CHL:112', 'CHL>PER:150'],
    },
    {
      // the writer's own account accuses no one
      text: 'Chilean troops fired on a border post in May.',
      expect: [],
      absent: ['PER>CHL:112'],
    },
    {
      // a state telling of its own forces accuses nobody
      text: 'Chile said its troops had fired on a border post.',
      expect: [],
      absent: ['CHL>CHL', 'PER>CHL:112'],
    },
  ],
  'regret for a loss is sympathy, regret at an act disapproval': [
    {
      text: 'Chilean police killed two Peruvian traders at the border in May. Chile expressed regret over the deaths.',
      expect: ['CHL>PER:018'],
      absent: ['CHL>PER:110'],
    },
    { text: 'Chile expressed regret to Lima over the deaths of the two traders.', expect: ['CHL>PER:018'] },
    { text: 'Peru expressed regret at the Chilean decision to close the border.', expect: ['PER>CHL:110'] },
  ],
  'objections, warrants and a crossing reopened, aimed through the act before': [
    {
      text: `${PAIR} Chile seized a Peruvian trawler in May. Lima objected to the inquiry.`,
      expect: ['PER>CHL:111'],
    },
    {
      text: `${PAIR} Chile seized a Peruvian trawler in May. The Peruvian authorities issued arrest warrants for members of the crew.`,
      expect: ['PER>CHL:173'],
    },
    {
      text: `${PAIR} Chile closed the border in May. Peru reopened its side of the crossing in June.`,
      expect: ['PER>CHL:08'],
    },
  ],
  'a text rejected is aimed at its author named after "of"': [
    {
      text: `${PAIR} The Security Council condemned the seizure. Lima rejected the statement of the Council.`,
      expect: ['PER>UNO:12'],
      absent: ['PER>CHL:12'],
    },
  ],
  'two named parties talking': [
    { text: 'Lima and Santiago spoke again this afternoon.', expect: ['PER>CHL:04'] },
    { text: 'The Peruvian minister spoke to his Chilean counterpart by phone.', expect: ['PER>CHL:04'] },
    {
      // one speaker at a conference talks with nobody in particular
      text: `${PAIR} The Peruvian minister spoke at a conference in Madrid.`,
      expect: [],
      absent: ['PER>CHL:04'],
    },
  ],
};

for (const [title, table] of Object.entries(rows)) {
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });
}

describe('a refusal counted once', () => {
  it('codes one root-12 event for a refusal verb and the act it refuses', () => {
    const got = shown(
      coder.codeText('Chile refused to extradite the officer to Peru.', { date: '2019' }).events,
    );
    expect(got.filter((g) => g.startsWith('CHL>PER:12'))).toHaveLength(1);
  });
});

describe("a record's presiding officer", () => {
  it('is no party: "The President:" labels the chair of the sitting', async () => {
    const doc = await markdownReport('Record of a sitting', '2022-06-15', [
      '**The President:** Thank you. I call the next speaker.',
      'I protested to the Algerian government.',
    ]);
    expect(coder.codeDocument(doc).filter((e) => e.code === '114')).toEqual([]);
  });
});
