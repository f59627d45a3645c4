/**
 * Table tests of constructions found missing in the seventeenth session, on the development sets
 * and on sentences of our own. Each row is our own text with the events that must (and must not)
 * come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, markdownReport, shown } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'an offensive halted, its target the other side of the talks': [
    {
      text: 'After the talks in Simla, Delhi suspended offensive operations against Pakistan.',
      expect: ['IND>PAK:087'],
    },
  ],
  'a vessel taken into port': [
    { text: 'Icelandic gunboats towed the British trawler into port.', expect: ['ISL>GBR:1711'] },
  ],
  "a court's ruling defied": [
    { text: 'Venezuela ignored the ruling of the International Court of Justice.', expect: ['VEN>UNO:128'] },
  ],
  'money claimed from another state': [
    { text: 'Ghana sought compensation from Togo for the damage.', expect: ['GHA>TGO:1031'] },
    // money for oneself with no state to pay it is no demand of anyone
    { text: 'The ministry sought compensation for the farmers.', expect: [] },
  ],
  "permission withheld from another state's officials": [
    { text: "Austria withdrew permission for the Turkish minister's rally.", expect: ['AUT>TUR:172'] },
  ],
  'a detainee held by order, or moved to house arrest': [
    { text: 'A Moscow judge ordered the American journalist held for two months.', expect: ['RUS>USA:173'] },
    { text: 'A Chinese court moved the Canadian executive to house arrest.', expect: ['CHN>CAN:081'] },
  ],
  'the release of nationals asked of whoever holds them': [
    {
      text: 'Britain asked for the release of the two British sailors held by Iran.',
      expect: ['GBR>IRN:0253'],
      absent: ['GBR>GBR'],
    },
    {
      text: 'The Indian High Commission asked for the immediate repatriation of the Indian fishermen held in Jaffna by Sri Lanka.',
      expect: ['IND>LKA:0253'],
    },
    { text: 'Canada called for the release of two Canadians detained in China.', expect: ['CAN>CHN:0253'] },
  ],
  'troops of two states trained together': [
    { text: 'Polish and Lithuanian troops trained together near Suwalki in May.', expect: ['POL>LTU:062'] },
    { text: 'The soldiers trained together for a week.', expect: [] },
  ],
  'a sentence opening in a place: the place is no member of the subject, and is the seat of a bare body': [
    {
      text: 'In Belgrade, Vučić and the synod condemned the law passed by Montenegro.',
      expect: ['SRB>MNE:111'],
    },
    {
      text: 'In Belgrade, government ministers called the Montenegrin law an insult.',
      expect: ['SRB>MNE:111'],
    },
    { text: 'In 2014, Russia and Ukraine signed the Minsk protocol.', expect: ['RUS>UKR:057'] },
  ],
  'a body named with "of" after its possessor\'s name': [
    {
      text: "The Taliban's ministry of refugees has asked Tehran to slow the deportations.",
      expect: ['AFG>IRN:020'],
    },
  ],
  '"ministers" after a possessive is no body of its own': [
    {
      text: 'Ankara demanded an apology from The Hague for the treatment of its ministers.',
      expect: ['TUR>NLD:100'],
    },
  ],
  'a word in -ing before a name describes it': [
    {
      text: 'Neighbouring Pakistan, meanwhile, ordered all undocumented Afghans to leave in October.',
      expect: ['PAK>AFG:174'],
    },
  ],
  'an act its doer announces with "will" is no demanded act, nor is a noun described by "required"': [
    {
      text: 'The United States will stop giving Russia the notifications required under New START and will revoke the visas of Russian inspectors.',
      expect: ['USA>RUS:172'],
    },
    {
      text: 'Washington demanded that Moscow revoke the visas of American inspectors.',
      expect: ['USA>RUS:100', 'RUS>USA:172!hyp'],
    },
  ],
  'patrols stepped up along a frontier or off a coast': [
    { text: 'Turkey stepped up naval patrols off Cyprus.', expect: ['TUR>CYP:154'] },
    { text: 'Police stepped up patrols in the capital.', expect: [] },
  ],
  'a bare present after a plural subject in a chronology entry': [
    {
      text: '1973 — Libyan troops move into the Aouzou Strip in the far north of Chad and build an airstrip.',
      expect: ['LBY>TCD:19'],
    },
    { text: 'Russian forces advance towards Kyiv and shell the suburbs.', expect: ['RUS>UKR:19'] },
  ],
  'a sum or compensation paid to another state': [
    {
      text: 'Malaysia paid Singapore about fifteen million Singapore dollars for the costs of the delay.',
      expect: ['MYS>SGP:071'],
    },
    { text: 'Japan paid compensation to the Korean families.', expect: ['JPN>KOR:071'] },
    { text: 'Algiers remembers a liberation paid for with a million and a half martyrs.', expect: [] },
  ],
  '"its" after a person who acts is the state just named': [
    {
      text: 'On 11 March President Ronald Reagan withheld the canal payments due to Panama and suspended its trade preferences.',
      expect: ['USA>PAN:163'],
    },
  ],
  'a grand jury placed by its city': [
    {
      text: 'A grand jury in Washington indicted twelve Russian intelligence officers.',
      expect: ['USA>RUS:173'],
    },
  ],
  'withdrawals agreed, truces taking effect, surrenders, shelter given': [
    {
      text: 'France and Libya agree on the simultaneous withdrawal of their forces from Chad.',
      expect: ['FRA>LBY:057'],
    },
    { text: 'A ceasefire between Chad and Libya takes effect.', expect: ['TCD>LBY:0871'] },
    { text: 'Noriega surrendered to American troops.', expect: ['PAN>USA:0874'] },
    { text: 'The rebels surrendered to the army.', expect: [] },
    { text: 'The Vatican nuncio gave Noriega shelter.', expect: ['VAT>PAN:075'] },
  ],
  'a residence surrounded, an aid package proposed, forces driven out, interests represented': [
    {
      text: "American troops surrounded the Cuban ambassador's residence in Panama City.",
      expect: ['USA>CUB:191'],
    },
    {
      text: 'President Bush proposed an aid package for Panama of about 1 billion dollars.',
      expect: ['USA>PAN:0331'],
    },
    { text: 'Chadian troops drive the Libyans out of Aouzou town.', expect: ['TCD>LBY:190'] },
    { text: 'Brazil represented Argentine interests in London.', expect: ['BRA>ARG:050'] },
    { text: 'Russia founded a new agency.', expect: [] },
  ],
  'said that the other side should do something, or would pay for it': [
    {
      text: 'The Australian foreign minister, Penny Wong, said last week that Russia should hand the men over.',
      expect: ['AUS>RUS:100'],
    },
    {
      text: 'Netanyahu said that evening that Iran had made a big mistake and would pay for it.',
      expect: ['ISR>IRN:138'],
    },
    { text: 'Macron said Ukraine should join NATO.', expect: [], absent: ['FRA>UKR:10'] },
    { text: 'He said that the consumers would pay more for gas.', expect: [] },
  ],
  'a verbal act announced for later is made by announcing it': [
    {
      text: 'Minister Hoekstra said after the verdict that the Netherlands would keep holding the Russian Federation responsible.',
      expect: ['NLD>RUS:112'],
    },
    {
      text: "Chile's president told reporters she would work with Lima to put the ruling into effect.",
      expect: ['CHL>PER:03'],
    },
    // a punitive deed announced under a condition stays a threat
    {
      text: 'Moscow said it would expel two British diplomats if London did not apologise.',
      expect: ['RUS>GBR:13'],
      absent: ['RUS>GBR:174'],
    },
  ],
  'a state turned to, and a new government recognised': [
    { text: 'Isolated, Amin turned to Tripoli, the one friend he had left.', expect: ['UGA>LBY:020'] },
    { text: 'The talks turned to Ukraine.', expect: [] },
  ],
  "a national prosecution service is its state's": [
    {
      text: 'Yesterday the Crown Prosecution Service charged two Russian nationals with attempted murder.',
      expect: ['GBR>RUS:173'],
    },
  ],
  'an act called for, of the other party': [
    {
      text: 'Canberra called for an independent review of the origins of the COVID-19 pandemic in China.',
      expect: ['AUS>CHN:020'],
    },
    { text: "The opposition called for an inquiry into the minister's expenses.", expect: [] },
  ],
  "another state's people stopped at the frontier, or given protection": [
    {
      text: 'Eritrea stops Ethiopian travellers at the Zalambessa and Rama crossings.',
      expect: ['ERI>ETH:172'],
    },
    {
      text: 'In February 2021 Duque granted Venezuelan migrants a ten-year temporary protection status.',
      expect: ['COL>VEN:075'],
    },
    { text: 'Police stopped drivers at the checkpoint.', expect: [] },
  ],
  'restraint urged on the parties; a ceasefire agreed by telephone; strikes inside another state': [
    {
      text: 'Britain confined itself to urging restraint on Ottawa and Riyadh alike.',
      expect: ['GBR>CAN:0256', 'GBR>SAU:0256'],
    },
    { text: 'Kyrgyzstan and Tajikistan agreed by telephone on a ceasefire.', expect: ['KGZ>TJK:0871'] },
    { text: 'Afghan forces hit several points inside Pakistan.', expect: ['AFG>PAK:190'] },
    { text: 'Inside Syria, the rebels attacked a convoy.', expect: [] },
  ],
  "a visitor received in the host's capital visited it": [
    {
      text: 'The President of the Spanish Government was received in Rabat by the King of Morocco.',
      expect: ['ESP>MAR:042'],
    },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}

describe('a bare office after a named holder of it', () => {
  it("is that holder's, not the other party's", async () => {
    const doc = await markdownReport('Britain and Iran', '2019-09-25', [
      'Boris Johnson met President Hassan Rouhani in New York on 24 September 2019. The prime minister asked for the release of the Stena Impero, which Iran seized in July.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('GBR>IRN:0253');
    expect(events.filter((e) => e.startsWith('IRN>GBR:0253'))).toEqual([]);
  });
});

describe('a release asked after a seizure', () => {
  it('is asked of the state that seized', async () => {
    const doc = await markdownReport('Britain and Iran', '2019-07-25', [
      'Iran seized the British tanker in the strait. London called for the swift release of the crew.',
    ]);
    expect(shown(coder.codeDocument(doc))).toEqual(expect.arrayContaining(['IRN>GBR:171', 'GBR>IRN:0253']));
  });
});

describe('"the Administration" with a capital', () => {
  it("is Washington's after the United States was named", async () => {
    const doc = await markdownReport('Panama and the United States', '1990-03-01', [
      'In 1987 relations between Washington and Panama worsened. In July the Administration suspended all economic and military assistance to Panama.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('USA>PAN:162');
  });
});

describe("another's answer called insufficient", () => {
  it('rejects the act just coded', async () => {
    const doc = await markdownReport('Ecuador and Colombia', '2008-03-10', [
      'Colombia apologised to Ecuador for the raid. Correa called the statement insufficient.',
      'The minister called the measures insufficient to stop inflation.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toEqual(expect.arrayContaining(['COL>ECU:055', 'ECU>COL:120']));
    expect(events.filter((e) => e.endsWith(':120'))).toHaveLength(1);
  });
});

describe('a case taken to a court', () => {
  it("is brought against the report's other party, not the court", async () => {
    const doc = await markdownReport('Iceland and Britain', '1976-06-01', [
      'In 1961 London and Reykjavik agreed to send any future quarrel over fishing limits to the International Court of Justice.',
      'When Reykjavik declared fifty miles in 1972, Britain went straight to The Hague.',
    ]);
    const events = shown(coder.codeDocument(doc));
    expect(events).toContain('GBR>ISL:115');
    expect(events.filter((e) => e.startsWith('GBR>UNO:115'))).toEqual([]);
  });
});

describe('an envoy named with an apposition, summoned to "the Ministry"', () => {
  it('is summoned by the host, whose ministry it is', async () => {
    const doc = await markdownReport('Moldova and Russia', '2023-03-01', [
      'Moldova accused Russia of plotting a coup on 13 February. The Ambassador of the Russian Federation, Oleg Vasnetsov, was summoned to the Ministry the following day.',
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('MDA>RUS:114');
  });
});

describe('a visitor received at the airport', () => {
  it("is still the host's welcome of the visitor", async () => {
    const doc = await markdownReport('India and Bangladesh', '2015-06-01', [
      "India's foreign minister, Sushma Swaraj, flew to Dhaka in June. As a special gesture, she was received at the airport by Sheikh Hasina.",
    ]);
    expect(shown(coder.codeDocument(doc))).toContain('BGD>IND:043');
  });
});
