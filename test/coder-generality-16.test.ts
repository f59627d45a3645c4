/**
 * Table tests of constructions found missing in the nineteenth session, on the development sets
 * and on sentences of our own. Each row is our own text with the events that must (and must not)
 * come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'an envoy recalled to a capital is recalled by that capital': [
    {
      text: 'Ghana closed the border in May. The Togolese ambassador was recalled to Lome for consultations.',
      expect: ['TGO>GHA:161'],
      absent: ['GHA>TGO:161'],
    },
    // the post named with the object between ("its ambassador to Qatar") is the other party
    { text: 'Egypt recalled its ambassador to Qatar.', expect: ['EGY>QAT:161'] },
  ],
  "the other side's shells or rockets landing in a state's town": [
    { text: 'Togolese shells landed in the Ghanaian village of Aflao.', expect: ['TGO>GHA:194'] },
    {
      text: 'A shell fired by Togolese troops landed on a house in the Ghanaian town of Aflao.',
      expect: ['TGO>GHA:194'],
    },
    { text: 'Togolese rockets fell on the Ghanaian port of Tema in March.', expect: ['TGO>GHA:195'] },
    // a delegation landing is a visit, and shells landing on one's own ground are no act between states
    { text: 'The Togolese delegation landed in Accra.', expect: ['TGO>GHA:042'] },
    { text: 'Togolese shells landed in a Togolese village.', expect: [] },
  ],
  'where an act took place, between the verb and its infinitive': [
    {
      text: 'Ghana and Togo agreed in Lome in May 1984 to respect each other’s borders.',
      expect: ['GHA>TGO:057'],
    },
    {
      text: 'In 1984 the two chiefs of staff of Ghana and Togo agreed at Kpalime to halt the fighting.',
      expect: ['GHA>TGO:057'],
    },
    // "in principle" is no place
    { text: 'Ghana agreed in principle to sell gas to Togo.', expect: ['GHA>TGO:061'] },
  ],
  'a set adverbial phrase inside a verb group': [
    {
      text: 'Ghana hosted the Togolese premier in May. The Ghanaian president was in turn received in Lome in June.',
      expect: ['GHA>TGO:042'],
    },
    { text: 'Ghana once again expelled two Togolese diplomats.', expect: ['GHA>TGO:174'] },
  ],
  'missiles named with their type, and shells or missiles told in the progressive': [
    { text: 'Ghanaian Scud missiles are falling on Lome.', expect: ['GHA>TGO:195'] },
    { text: 'Ghanaian shells had landed in the Togolese town of Aneho.', expect: ['GHA>TGO:194'] },
  ],
  '"Congo" alone is the Democratic Republic, and Zaire was': [
    { text: 'Rwanda and Congo agreed in Luanda to exchange prisoners.', expect: ['RWA>COD:057'] },
    { text: 'In 1996 Rwandan troops entered Zaire.', expect: ['RWA>COD:'] },
    { text: 'Congo-Brazzaville and Gabon signed a border treaty.', expect: ['COG>GAB:057'] },
  ],
  'Brussels is Belgium where Belgium, not the Union, is spoken of': [
    {
      text: 'Kigali broke off relations with Brussels, giving Belgian diplomats two days to leave.',
      expect: ['RWA>BEL:161'],
      absent: ['RWA>EUR'],
    },
    {
      text: 'Moscow accused Brussels of hypocrisy.',
      expect: ['RUS>EUR:112'],
    },
  ],
  'a place of the other side struck, named by what stands there': [
    { text: 'Ghanaian jets struck the airport at Lome in June.', expect: ['GHA>TGO:195'] },
    { text: 'Ghanaian aircraft bombed the airbase near Lome.', expect: ['GHA>TGO:195'] },
  ],
  'forces thrown against the other side, or fighting on its soil': [
    { text: 'Ghana threw its divisions against the Togolese lines on the river.', expect: ['GHA>TGO:190'] },
    {
      text: 'Togolese soldiers were fighting on Ghanaian soil alongside the rebels.',
      expect: ['TGO>GHA:190'],
    },
  ],
  'an envoy withdrawn from a capital for consultations, and a state declared annexed': [
    {
      text: 'Rawlings announced that the ambassador would be withdrawn from Lome for consultations.',
      expect: ['GHA>TGO:161'],
    },
    { text: 'In 1990 Accra declared Togo annexed.', expect: ['GHA>TGO:192'] },
  ],
  'a present of saying coordinated with a verb the tagger read as a noun': [
    {
      text: 'The Security Council guarantees the new border and demands that Ghana respect it.',
      expect: ['UNO>GHA:100'],
    },
  ],
  'journeys that are no visits between states': [
    // private people, someone carried, a body's seat reached for the body's business
    {
      text: 'In 2021 many Iraqi citizens were flown to Minsk on tourist visas.',
      expect: [],
      absent: ['IRQ>BLR'],
    },
    {
      text: 'Most were nationals of Somalia and Iraq who had flown to Moscow.',
      expect: [],
      absent: ['IRQ>RUS', 'SOM>RUS'],
    },
    {
      text: 'The Togolese colonel was flown to Accra that night and arraigned the next day.',
      expect: [],
      absent: ['TGO>GHA'],
    },
    {
      text: 'Morales, who had travelled to The Hague to hear the judgment, said Bolivia would never give up.',
      expect: [],
      absent: ['BOL>NLD'],
    },
    // a leader's journey is a visit
    { text: 'In May the Bolivian foreign minister flew to Santiago.', expect: ['BOL>CHL:042'] },
  ],
  "forces sent into the other side's waters, towards its frontier, against it or into action": [
    {
      text: 'In May Ghana sent its gunboats back into Togolese waters.',
      expect: ['GHA>TGO:150'],
      absent: ['GHA>TGO:07'],
    },
    { text: 'That winter Ghana moved brigades towards the Togolese frontier.', expect: ['GHA>TGO:150'] },
    { text: 'In 1989 Ghana sent some 2,000 troops into action in Togo.', expect: ['GHA>TGO:190'] },
    // troops sent to a state, with nothing hostile said, protect it
    { text: 'In 1990 Ghana sent troops to Togo to guard the airport.', expect: ['GHA>TGO:074'] },
  ],
  'a gazetteer town that only begins a longer name': [
    {
      text: 'In June 1965 Brazilian troops occupied Porto Coronel Renato, near the falls.',
      expect: [],
      absent: ['BRA>PRT'],
    },
    { text: 'The Pskov Regional Court sentenced the Estonian officer to 15 years.', expect: ['RUS>EST:'] },
  ],
  'diplomats ordered to leave are expelled, with the embassy staff named beside them': [
    {
      text: 'On 26 July Accra ordered forty-five Togolese diplomats and embassy staff to leave the country.',
      expect: ['GHA>TGO:174'],
    },
  ],
  "a promise that one's state will answer the other's step": [
    {
      text: 'Accra expelled 45 Togolese diplomats. The Togolese spokeswoman promised that Lome would respond to what she called a hostile step.',
      expect: ['TGO>GHA:130'],
    },
  ],
  'a body granting a state a status or admitting it as a member': [
    { text: 'EU leaders granted Togo candidate status on 23 June 2022.', expect: ['EUR>TGO:054'] },
    { text: 'Three weeks later the Arab League admits Kuwait as a member.', expect: ['ARL>KWT:054'] },
    { text: 'In 1960 Togo was admitted to the United Nations.', expect: ['UNO>TGO:054'] },
    { text: 'The hospital in Lome admitted two Ghanaian patients.', expect: [] },
  ],
  'a passive agent named in an apposition to a description': [
    {
      text: 'The Ghanaian premier was received instead by the King’s brother, Crown Prince Hassan of Jordan.',
      expect: ['JOR>GHA:043'],
    },
  ],
  "another's act called an act of a virtue": [
    {
      text: 'The Togolese president visited the bereaved families in Ghana. Rawlings called the visit an act of great humanity.',
      expect: ['GHA>TGO:051'],
    },
    { text: 'Accra called Lome’s decision an act of aggression.', expect: ['GHA>TGO:111'] },
  ],
  'a state suspended from a body named by its own name': [
    {
      text: 'In 2012 Ghana, Benin and Niger suspended Togo from Ecowas.',
      expect: ['GHA>TGO:161', 'BEN>TGO:161'],
    },
  ],
  'a call told first, then the pair in it': [
    {
      text: 'In a telephone call on 22 September Rawlings and Eyadema agreed to reopen the border.',
      expect: ['GHA>TGO:04'],
    },
    {
      text: 'In a call with reporters, the Ghanaian and Togolese ministers said nothing new.',
      expect: [],
      absent: ['GHA>TGO:04'],
    },
  ],
  'the Pope is the Holy See': [
    { text: 'In 1979 Argentina accepted the Pope’s proposal.', expect: ['ARG>VAT:03'] },
  ],
  'a pair founding a body together': [
    { text: 'In 1975 Ghana and Togo set up a joint commission on the border.', expect: ['GHA>TGO:057'] },
    { text: 'Ghana formed a customs union with Togo in 1990.', expect: ['GHA>TGO:057'] },
    // a body of one state's own, and a founding meeting merely hosted, are no joint founding
    {
      text: 'Ghana and Togo are neighbours. Ghana set up a commission of inquiry into the riots.',
      expect: [],
    },
    { text: 'Accra hosted the founding meeting of the gas forum.', expect: [] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}

describe('the pair of people a description named just before', () => {
  it('is whom "the two leaders" takes up, whoever else the sentence before named', async () => {
    const doc = await markdownReport('Ghana and Togo', '1985-01-01', [
      'The border crisis ended in 1984. On 24 July the Nigerian president received both men in Lagos and decorated them; the Nigerians, I should add, had been sheltering exiles from Accra since 1982. In September the two leaders signed a further agreement in Kano.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events.some((e) => /^(GHA|TGO)[A-Z]*>(GHA|TGO)[A-Z]*:057/.test(e))).toBe(true);
    expect(events.some((e) => /NGA[A-Z]*>.*:057|>NGA[A-Z]*:057/.test(e))).toBe(false);
  });
});

describe('a crowd told of past a colon', () => {
  it('is no body of the place where the teller stood', async () => {
    const doc = await markdownReport('Ghana and Togo', '1985-01-01', [
      'I watched it in a bar in Abidjan: the two presidents embracing at the foot of the aircraft, crowds along the road from the airport, old men weeping. The next day they signed a treaty of friendship.',
    ]);
    const events = shown(coder.codeDocument(doc));
    // "they" takes up the two presidents, not a crowd of Abidjan's
    expect(events).toContain('GHA>TGO:057');
    expect(events.some((e) => e.startsWith('CIV'))).toBe(false);
  });
});

describe('the act told in the clause before a semicolon', () => {
  it('is what a recall answers, before an older act of a third party', async () => {
    const doc = await markdownReport('Ghana and Togo', '2006-06-01', [
      "A UN commission examined the killings by Togolese militias. In March 2006 Ghana gave temporary visas to forty asylum seekers; Togo's ambassador was called home within a day.",
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('TGO>GHA:161');
    expect(events.some((e) => e.startsWith('TGO>UNO'))).toBe(false);
  });
});

describe('"our neighbour" in a speech or a memoir', () => {
  it("is the other state of the pair, not the speaker's own", async () => {
    const doc = await markdownReport(
      'Statement by the Foreign Minister of Ghana in the general debate',
      '2015-09-30',
      [
        'I served for thirty years in Ghana’s diplomatic service. Our relations with Togo have known good years and bad.',
        'We call on our neighbour to bring these killings to an end.',
      ],
    );
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('GHA>TGO:020');
    expect(events.some((e) => e.startsWith('GHA>GHA'))).toBe(false);
  });
});
