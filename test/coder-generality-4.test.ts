/**
 * Table tests of constructions found missing in the seventh session, on the development sets and
 * on sentences of our own: a new clause whose subject carries a name in apposition, the author of
 * a word or deed named after "of", and a document written in a ministry's own voice. Each row is
 * our own text with the events that must (and must not) come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { readDocumentFromBytes } from '../src/ingest/index.js';
import { type CoderRow, checkRow, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'a new clause whose subject has a name in apposition': [
    {
      text: 'Protesters burned a flag in Lome, and the Ghanaian foreign minister, Kwame Boateng, condemned the Togolese authorities.',
      expect: ['GHA>TGO:111'],
    },
    {
      // a list set off by commas is still one list
      text: 'Ghana, Benin and Togo signed the protocol in Accra.',
      expect: ['GHA>BEN:057', 'GHA>TGO:057'],
    },
  ],
  'the author of a word or deed named after "of"': [
    {
      text: 'Ghana rejected the claims of Togo that its troops had crossed the river.',
      expect: ['GHA>TGO:12'],
    },
    {
      // a predicate adjective may stand between the verb and its object
      text: 'Ghana rejects as unfounded and insulting the statement of the Togolese foreign ministry.',
      expect: ['GHA>TGO:12'],
    },
    {
      // after "of", an act's victim is no author: a place stays no party
      text: 'Ghana condemned the shelling of Lome.',
      expect: [],
      absent: ['GHA>TGO:12'],
    },
  ],
  "a document in a ministry's own voice": [
    {
      text: [
        'This bulletin collects the statements of the Ministry of Foreign Affairs of the Republic of Ghana.',
        'The Ministry rejects the remarks of the Ministry of Foreign Affairs of the Togolese Republic.',
        'The Ministry also condemns the detention of two Ghanaian traders by the Togolese police.',
      ].join(' '),
      expect: ['GHA>TGO:12', 'GHA>TGO:111'],
      absent: ['TGO>GHA'],
    },
    {
      // an agentless passive aimed at another state is the voice's own act
      text: [
        'This bulletin collects the statements of the Ministry of Foreign Affairs of the Republic of Ghana.',
        'The Togolese side is called upon to refrain from any action that harms Ghanaian fishermen.',
      ].join(' '),
      expect: ['GHA>TGO:02'],
    },
    {
      // without a body named in the opening lines, "the ministry" is whoever's was named last
      text: [
        'Togo and Ghana quarrelled over the river in 2019.',
        "Togo's foreign ministry summoned the Ghanaian ambassador.",
        'The ministry also protested against the detention of two Togolese traders.',
      ].join(' '),
      expect: ['TGO>GHA:114'],
      absent: ['GHA>TGO'],
    },
  ],
  'joining a body told as becoming its member': [
    {
      text: 'Togo became the 16th member of ECOWAS.',
      expect: ['TGO>WAS:057'],
    },
    {
      text: "Togo became ECOWAS's sixteenth member in 1975.",
      expect: ['TGO>WAS:057'],
    },
    {
      // a body left unnamed gives the discourse no party to guess
      text: 'Ghana and Togo quarrelled over the river. Both would one day become members of the alliance.',
      expect: [],
      absent: ['GHA>TGO:03', 'TGO>GHA:03', 'GHA>TGO:05', 'TGO>GHA:05'],
    },
  ],
  'charges, demands and condemnations in other words': [
    {
      text: 'Lome argued that Accra had breached the 1998 accord.',
      expect: ['TGO>GHA:112'],
    },
    {
      text: 'Accra told Lome to halt the dredging.',
      expect: ['GHA>TGO:100'],
    },
    {
      text: 'Accra accused Lome of spying. Lome called the allegations fabricated.',
      expect: ['GHA>TGO:112', 'TGO>GHA:016'],
    },
    {
      text: 'Ghana reiterated its condemnation of the raids of the Togolese army on border villages.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'contacts: a pair of ministers, a ceremony, a reopening welcomed': [
    {
      text: 'Ghana and Togo quarrelled in 2019. By the end of October the two foreign ministers had spoken by telephone.',
      expect: ['GHA>TGO:04'],
    },
    {
      text: "Ghana's president attended the inauguration of Togolese President Faure Gnassingbé in Lome.",
      expect: ['GHA>TGO:042'],
    },
    {
      text: "Togo reopened its embassy in Accra in July. Ghana's foreign minister welcomed the reopening.",
      expect: ['TGO>GHA:050', 'GHA>TGO:051'],
    },
  ],
  'an envoy named head first': [
    {
      text: 'The Ambassador of Togo, Kodjo Mensah, was summoned to the Ghanaian foreign ministry.',
      expect: ['GHA>TGO:114'],
    },
  ],
  'exercises at a border, provinces named like states, bodies of the other side': [
    {
      // a state named only across a border is no partner in an exercise
      text: 'In October the Ghanaian army began an exercise near the frontier with Togo.',
      expect: [],
      absent: ['GHA>TGO:06'],
    },
    {
      // an Iranian province is no Republic of Azerbaijan
      text: 'Turkish jets bombed villages in West Azerbaijan province.',
      expect: [],
      absent: ['TUR>AZE'],
    },
    {
      // in a report on a pair, a body acting on one of them is the other's
      text: [
        'Ghana and Togo have quarrelled over the river since 2019.',
        'The foreign ministry handed a formal protest to the Togolese ambassador the same day.',
      ].join(' '),
      expect: ['GHA>TGO:114'],
    },
  ],
  'acts blocked, and neighbours': [
    {
      // the talks blocked did not happen; the blocking is a veto aimed at the other side
      text: 'In 2019 Ghana blocked the opening of accession talks with Togo.',
      expect: ['GHA>TGO:129'],
      absent: ['GHA>TGO:04'],
    },
    {
      // a veto of talks names the state they were to be held with, or it is no veto of anyone
      text: 'Accra and Lome resumed talks in May. In June Togo blocked the talks with a new demand.',
      expect: ['GHA>TGO:04'],
      absent: ['TGO>GHA:12'],
    },
    {
      text: 'Ghana and Togo have argued over the lagoon since 2001. In 2004 Ghana closed its ports to its eastern neighbour.',
      expect: ['GHA>TGO:1'],
    },
    {
      // a person's neighbour is no state
      text: 'Ghana and Togo have argued over the lagoon since 2001. Addressing the Ghanaian president, he invited his neighbour to talks.',
      expect: [],
      absent: ['GHA>TGO:03', 'TGO>GHA:03'],
    },
  ],
  'court claims, conferences, evacuations and visits told with "be"': [
    { text: 'Ghana presented two counter-claims against Togo in 2018.', expect: ['GHA>TGO:115'] },
    {
      text: 'The first intergovernmental conference between Ghana and the European Union was held in Brussels.',
      expect: ['GHA>EUR:04'],
    },
    {
      text: 'By the end of May Ghana had taken four thousand of its citizens out of Togo.',
      expect: ['GHA>TGO:166'],
    },
    { text: 'Accra evacuated its embassy in Lome in January.', expect: ['GHA>TGO:166'] },
    { text: 'By October the Ghanaian defence minister had been to Lome twice.', expect: ['GHA>TGO:042'] },
  ],
  'expulsions, summonses, threats and objections told otherwise': [
    {
      text: 'On 4 December Ghana declared two officers of the Togolese embassy persona non grata.',
      expect: ['GHA>TGO:174'],
    },
    { text: 'Accra sent a Togolese embassy officer home three days later.', expect: ['GHA>TGO:174'] },
    {
      // prisoners sent home in an exchange are not expelled
      text: 'Three Togolese agents held in Ghana were sent home in return for a Ghanaian engineer.',
      expect: [],
      absent: ['GHA>TGO:17', 'TGO>GHA:17'],
    },
    {
      text: "Ghana and Togo quarrelled over the lagoon. The Togolese chargé d'affaires was summoned twice that weekend.",
      expect: ['GHA>TGO:114'],
    },
    { text: 'The Ghanaian president promised that Togo would pay the price.', expect: ['GHA>TGO:13'] },
    { text: 'Ghana raised its objections with Togo through the usual channels.', expect: ['GHA>TGO:114'] },
    {
      // an objection to something is raised about it, not with it
      text: 'Ghana raised a preliminary objection to the jurisdiction of the Court.',
      expect: [],
      absent: ['GHA>IGO:114'],
    },
    {
      text: "Togo's foreign ministry declared its strong dissatisfaction with Ghana.",
      expect: ['TGO>GHA:111'],
    },
  ],
  'assaults, sealed missions, demands for an inquiry, aid in the passive': [
    {
      text: 'Togolese security guards kicked and beat two Ghanaian press photographers at the fair.',
      expect: ['TGO>GHA:182'],
    },
    {
      // a match won is no assault
      text: 'Ghana beat Togo 2-1 in the final.',
      expect: [],
      absent: ['GHA>TGO:18'],
    },
    { text: 'Togolese police sealed off the Ghanaian embassy in Lome.', expect: ['TGO>GHA:191'] },
    {
      text: 'Togolese guards beat two Ghanaian traders at the border. Accra protested and demanded a thorough investigation.',
      expect: ['GHA>TGO:100'],
    },
    {
      text: 'Ghana and Togo signed six agreements in May. A loan of 500 million dollars was extended to Togo.',
      expect: ['GHA>TGO:07'],
    },
    {
      text: 'Accra said that Togolese state bodies had commissioned the killing of the dissident.',
      expect: ['GHA>TGO:112'],
    },
    {
      text: 'Lome blamed Accra for the massacre. Accra described that as a vile falsification of history.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'acts stopped or halted did not happen': [
    {
      text: 'In March the Ghanaian government told travel agencies to stop selling group tours to Togo.',
      expect: [],
      absent: ['GHA>TGO:06', 'GHA>TGO:04'],
    },
    {
      // the seizure after the stop still happened
      text: 'Ghanaian police stopped the convoy and seized two Togolese trucks.',
      expect: ['GHA>TGO:171'],
    },
    {
      text: 'A visiting Ghanaian minister called the Togolese measures inappropriate and troubling.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'asides, dates before verbs, and consequences warned of': [
    {
      // a participial aside names no subject
      text: 'On 15 October the EU, acting on a joint Ghanaian proposal, froze the assets of six Togolese officials.',
      expect: ['EUR>TGO:163'],
      absent: ['GHA>TGO:163'],
    },
    {
      // a past form right after a date is the verb, whatever the tagger first thought
      text: 'Lome on December 12 sent two Ghanaian diplomats home.',
      expect: ['TGO>GHA:174'],
    },
    {
      text: 'The Ghanaian president sat with his Togolese counterpart for two hours.',
      expect: ['GHA>TGO:04'],
    },
    {
      // the force is the other side's, in the condition warned of: no threat of the warner's own
      text: 'The Ghanaian president warned of serious consequences should Togolese troops cross into Ghana.',
      expect: ['GHA>TGO:13'],
      absent: ['TGO>GHA:13'],
    },
  ],
  "a court's word is the court's": [
    {
      text: 'In 2021 the International Court of Justice drew the maritime boundary. Ghana rejected the judgment in its entirety.',
      expect: ['GHA>UNO:12'],
      absent: ['GHA>TGO:12'],
    },
    {
      text: [
        'Ghana took Togo to the International Court of Justice in 2016.',
        'Hearings took two years.',
        'Both sides called many experts.',
        'The Court ruled in 2021.',
        'The judgment was welcomed by Togo as a victory.',
      ].join(' '),
      expect: ['TGO>UNO:051'],
      absent: ['TGO>GHA:051'],
    },
  ],
  '"they" after a pair': [
    {
      text: 'Ghana and Togo fell out in 2017. In 2018 the two governments announced that they had agreed to restore full diplomatic relations.',
      expect: ['GHA>TGO:05'],
    },
    {
      // a list named before "they" is its antecedent, not a pair described after it
      text: 'Benin and Niger announced that they were leaving the format with Togo, though both governments said that they sought good relations with Lome.',
      expect: [],
      absent: ['GHA>TGO', 'BEN>NER:03'],
    },
  ],
};

for (const [title, table] of Object.entries(rows))
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });

describe('a body named in the title', () => {
  it('is "the Court" of the whole report', async () => {
    const text = [
      '---',
      'title: "Ghana and Togo before the World Court"',
      'date: 2020-01-10',
      '---',
      '',
      'Ghana filed its case in 2016. Hearings took two years and many experts spoke for both sides.',
      '',
      'By its judgment of 3 May 2019 the Court rejected the Togolese objection.',
      '',
    ].join('\n');
    const doc = await readDocumentFromBytes(new TextEncoder().encode(text), 'world-court.md');
    expect(shown(coder.codeDocument(doc))).toContain('UNO>TGO:120');
  });
});

describe('a surname first written with the full name', () => {
  it('stands for that person later in the report', () => {
    const got = shown(
      coder.codeText(
        'Evo Morales visited Oruro in 2015. A year later Morales accused Chile of diverting a border river.',
        { date: '2017' },
      ).events,
    );
    expect(got.some((e) => e.startsWith('BOL>CHL:112'))).toBe(true);
  });
});
