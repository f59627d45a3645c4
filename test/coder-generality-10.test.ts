/**
 * Table tests of constructions found missing in the thirteenth session, on the twenty-second
 * development set and on sentences of our own. Each row is our own text with the events that must
 * (and must not) come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  "a verdict on the other side's act in a reported clause": [
    {
      text: 'Officials in Accra said the Togolese measures amounted to aggression against Ghana.',
      expect: ['GHA>TGO:111'],
    },
    { text: "Hanoi said Beijing's conduct had been reckless.", expect: ['VNM>CHN:111'] },
    { text: "Beijing's conduct had been reckless, Hanoi said.", expect: ['VNM>CHN:111'] },
    {
      text: 'The Ghanaian president wrote that the Togolese decision constituted a flagrant violation of the treaty.',
      expect: ['GHA>TGO:111'],
    },
    // a neutral predicate is no verdict
    { text: 'Lima said the Bolivian decision had been taken in haste.', expect: [], absent: ['PER>BOL:111'] },
  ],
  'a junta is the country whose coup the report told': [
    {
      text: 'Soldiers seized power in Ouagadougou in September 2022. The junta expelled the French ambassador in December.',
      expect: ['BFA>FRA:16'],
    },
    {
      text: "This note follows Niger's military rulers and France. In August the junta expelled the French ambassador.",
      expect: ['NER>FRA:16'],
    },
    {
      // the city named with it says whose junta it is, whatever coup came before
      text: 'Soldiers seized power in Niamey in July. The junta in Bamako expelled the French ambassador.',
      expect: ['MLI>FRA:16'],
      absent: ['NER>FRA:16'],
    },
    // with no coup told, "the junta" stays unnamed rather than taking the last state named
    {
      text: 'France condemned the arrests. The junta expelled the French ambassador.',
      expect: [],
      absent: ['FRA>FRA:16'],
    },
  ],
  'an act charged through an infinitive is alleged': [
    {
      text: 'Moscow accused Kyiv of planning to free the prisoners.',
      expect: ['RUS>UKR:112'],
      absent: ['RUS>UKR:0841', 'UKR>RUS:0841'],
    },
  ],
  "a people's name before a body is that state's body": [
    {
      // "the Spanish" alone are the Spanish people; "the Spanish Government" received in Rabat is a party to a visit,
      // the visitor's to the host's capital
      text: 'The Spanish decision came three weeks after the President of the Spanish Government was received in Rabat by the King of Morocco.',
      expect: ['ESP>MAR:04'],
    },
    {
      text: 'Bamako summoned the French ambassador, Joel Meyer, in October. In January Bamako gave Meyer 72 hours to leave the country.',
      expect: ['MLI>FRA:114', 'MLI>FRA:174'],
    },
  ],
  'a passive act charged is no charge against the one it was done to': [
    {
      text: 'A UN inquiry concluded that the drone had been destroyed by a Russian fighter jet.',
      expect: [],
      absent: ['RUS>UNO:112'],
    },
  ],
  "a party's role in a case, set beside its name": [
    {
      text: 'In May the Applicant, the Republic of Chile, filed an application against the Respondent, the Plurinational State of Bolivia. The Respondent rejected the Application.',
      expect: ['CHL>BOL:115', 'BOL>CHL:12'],
    },
    {
      text: 'Guyana (the Applicant) filed a memorial. Venezuela, the Respondent, boycotted the hearings. The Applicant then accused the Respondent of aggression.',
      expect: ['GUY>VEN:112'],
    },
  ],
  'passives told without their auxiliary, as notes and timelines tell them': [
    {
      text: 'Slovakia, 22 April: three Russian diplomats expelled, in solidarity with the Czech Republic.',
      expect: ['SVK>RUS:174'],
    },
    {
      text: 'Ethiopia and Somalia quarrelled over the port deal in January. 4 April: Ethiopian envoy ordered out of Mogadishu.',
      expect: ['SOM>ETH:174'],
    },
    // an active verb with its object or its count after it stays active
    {
      text: 'Secretary Albert del Rosario called in the Chinese ambassador more than once.',
      expect: ['PHL>CHN:114'],
    },
    {
      text: 'Turkey and Russia quarrelled over Idlib. On 27 February an air strike killed at least 33 Turkish soldiers near Balyun.',
      expect: [],
      absent: ['RUS>TUR:19'],
    },
    // a description inside a sentence with a verb of its own is no headline
    {
      text: 'Russia backed Maduro against the United States in April. Leopoldo Lopez, the Venezuelan opposition leader freed from house arrest yesterday, has moved into the Spanish residence.',
      expect: [],
      absent: ['RUS>VEN:08', 'USA>VEN:08'],
    },
  ],
  'a response promised, a sanctions list, a measure by its amount': [
    { text: 'Prague expelled 18 Russian diplomats. Moscow promised a response.', expect: ['RUS>CZE:130'] },
    { text: 'Moscow promised a response to the Czech expulsions.', expect: ['RUS>CZE:130'] },
    {
      text: "The US Treasury has just put Turkey's justice minister and interior minister on its sanctions list.",
      expect: ['USA>TUR:163'],
    },
    { text: 'Trump authorized a doubling of tariffs on Turkish steel.', expect: ['USA>TUR:163'] },
    { text: 'Trump signed orders putting 25 % tariffs on imports from Mexico.', expect: ['USA>MEX:163'] },
  ],
  'a hostile act told in the passive with its agent, by whoever concludes it': [
    {
      text: 'A United Nations investigation concluded in May that the drone had been destroyed by a Russian fighter jet.',
      expect: ['UNO>RUS:112'],
      absent: ['RUS>UNO:112'],
    },
    {
      text: 'On 8 August the State Department determined that the Russian Government had used a chemical weapon against its own nationals.',
      expect: ['USA>RUS:112'],
    },
  ],
  'orders and recalls told in other words': [
    {
      text: 'Armenia took the dispute to the International Court of Justice, which in February ordered Azerbaijan to keep the corridor open.',
      expect: ['UNO>AZE:100'],
    },
    {
      text: 'The International Court of Justice held hearings in January. Israel was ordered to take all measures within its power.',
      expect: ['UNO>ISR:100'],
    },
    // an order to one's own government is no demand on another state
    {
      text: 'Russia and Ukraine quarrelled over gas in March. On 16 April Putin instructed his government to prepare new routes.',
      expect: [],
      absent: ['RUS>UKR:10'],
    },
    {
      text: "Lima's reply was to call home its ambassadors from Mexico City and Bogota.",
      expect: ['PER>MEX:161', 'PER>COL:161'],
    },
  ],
  'talks paused, a right to answer reserved, a visit paid by an agent told after it': [
    { text: 'Ottawa quietly paused negotiations on a trade agreement with India.', expect: ['CAN>IND:164'] },
    {
      text: 'Canada expelled an Indian diplomat. India says it reserves the right to take further steps in response.',
      expect: ['IND>CAN:130'],
    },
    {
      text: 'Rome welcomed the visit paid to Algiers on 11 April by the Italian head of government.',
      expect: ['ITA>DZA:042'],
    },
    // an object right after the verb: "by" names whose act it judges, not the judge
    {
      text: 'The European Commission called the unilateral bans by Warsaw and Budapest unacceptable.',
      expect: [],
      absent: ['POL>HUN:111', 'HUN>POL:111'],
    },
  ],
  'a correction takes back what the report had said': [
    {
      text: 'CORRECTION 16:10 GMT An earlier version of this blog said the Treasury had also frozen the accounts of two Turkish state banks.',
      expect: ['USA>TUR:163!neg'],
      absent: ['USA>TUR:163'],
    },
    // the act told after a correction's own words is no part of it
    {
      text: 'Later versions of the deal said nothing new. The Treasury froze two Turkish accounts.',
      expect: ['USA>TUR:163'],
    },
  ],
  'an answer in kind with its object told': [
    {
      text: 'Slovakia expelled three Russian diplomats on 22 April. Moscow answered each of these expulsions in kind.',
      expect: ['SVK>RUS:174', 'RUS>SVK:174'],
    },
  ],
  "seeing the other side's officials": [
    { text: 'Blinken saw his Turkish counterpart in Ankara.', expect: ['USA>TUR:040'] },
    { text: 'Washington sees Danish officials as obstacles.', expect: [], absent: ['USA>DNK:04'] },
  ],
  'a "he" opening a sentence follows the subject "he" before it, not the first name': [
    {
      text: 'President Ramaphosa arrived at the White House on May 21. At one point he told Trump he was sorry. He also invited Trump to the summit in Johannesburg.',
      expect: ['ZAF>USA:036'],
    },
  ],
  'a state charged with an act in a written charge': [
    {
      text: 'Two days earlier Iraq had sent the Arab League a memorandum charging Kuwait with stealing oil from the Rumaila field.',
      expect: ['IRQ>KWT:112'],
    },
    // a person charged with a crime is no state accused
    { text: 'Moscow charged two Britons with spying.', expect: [], absent: ['RUS>GBR:112'] },
  ],
  'an expulsion told by its count alone, after expulsions just told': [
    {
      text: 'Slovakia expelled three Russian diplomats on 22 April. On 23 April Lithuania expels two.',
      expect: ['SVK>RUS:174', 'LTU>RUS:174'],
      absent: ['LTU>SVK:174'],
    },
    { text: 'Lithuania expels two.', expect: [], absent: ['LTU>RUS'] },
  ],
  'a participle describing its noun tells no act': [
    {
      text: 'Washington and Ankara met in August. The two sides discussed other detained Americans.',
      expect: [],
      absent: ['TUR>USA:173', 'USA>TUR:173'],
    },
    { text: 'Turkey detained two Americans in 2016.', expect: ['TUR>USA:173'] },
    // "the latter visited", "both asked": a subject before its verb, not a description
    {
      text: 'Modi raised the issue with President Wickremesinghe when the latter visited New Delhi in July.',
      expect: ['LKA>IND:042'],
    },
  ],
  "an English word that is another language's name of a state names no party": [
    {
      text: 'Cameroonian and Nigerian troops clashed at Diamond Island. The Court ordered both sides to avoid military action.',
      expect: ['CMR>NGA:19'],
      absent: ['CMR>ISL:10'],
    },
  ],
  "acts by the patient's own side, and the writer's hedges": [
    { text: 'The Peruvian diplomat was detained by Mexican police.', expect: ['MEX>PER:173'] },
  ],
  'a security mission authorised or renewed for a state': [
    {
      text: 'The Security Council authorised a multinational security mission to Haiti in October 2023.',
      expect: ['UNO>HTI:0334'],
    },
    {
      text: 'Nine days later the Security Council renewed the mission in Haiti for another year.',
      expect: ['UNO>HTI:0334'],
    },
  ],
  "a city's court, with the city before a lower-case 'court'": [
    { text: 'An Izmir court released the American pastor.', expect: ['TUR>USA:0841'] },
  ],
  'aid given with its receiver right after the verb': [
    {
      text: 'In February Serbia sent Montenegro two thousand doses of the Russian Sputnik vaccine.',
      expect: ['SRB>MNE:07'],
      absent: ['SRB>RUS:07'],
    },
    // a deadline given is no aid
    {
      text: 'Rouhani gave the European parties sixty days to deliver economic relief.',
      expect: [],
      absent: ['IRN>EUR:07', 'IRN>EUR:03'],
    },
  ],
  "retaliation aimed at the other side's goods": [
    {
      text: 'Ottawa retaliated within hours on 30 billion Canadian dollars of American goods.',
      expect: ['CAN>USA:163'],
    },
    // a complaint in response is no duty
    {
      text: 'China responded days later with a complaint against Australian duties on Chinese steel sinks.',
      expect: [],
      absent: ['CHN>AUS:163'],
    },
  ],
  'a verdict on what was just told, with its noun': [
    {
      text: 'Belgrade passed the law. The Bosnian presidency chairman called that a disgrace.',
      expect: ['BIH>SRB:111'],
    },
    {
      text: 'Lome expelled the monks, and Accra called that an act of provocation.',
      expect: ['GHA>TGO:111'],
    },
  ],
  'travel told as shuttling or jetting': [
    { text: 'The Mexican minister shuttled to Washington twice in February.', expect: ['MEX>USA:042'] },
  ],
  'measures paused, and the pause welcomed': [
    { text: 'Washington paused the tariffs on Mexican goods for a month.', expect: ['USA>MEX:081'] },
    {
      text: 'Washington lifted the tariffs on Mexican goods. Sheinbaum welcomed that at her press conference the next day.',
      expect: ['MEX>USA:051'],
    },
  ],
  'a proposal turned down, its author after it': [
    {
      text: 'Sheinbaum said she had turned down a suggestion from Trump that American troops help fight the cartels.',
      expect: ['MEX>USA:120'],
    },
  ],
  'the act an offer names, with its author before the infinitive, is only offered': [
    {
      text: 'Mexico rejected an offer from Washington to send troops.',
      expect: ['MEX>USA:120'],
      absent: ['MEX>USA:074', 'USA>MEX:074'],
    },
  ],
  "a bystander's body named long before owns none of the pair's bodies": [
    {
      text: "Montenegro and Serbia quarrelled over the church law. Russia's foreign ministry criticised the law. Protests grew in Cetinje. Police blocked the roads. The patriarch stayed in Belgrade. The bishops met in Cetinje. In its note the foreign ministry accused the Serbian ambassador of interference.",
      expect: [],
      absent: ['RUS>SRB:112'],
    },
    // named just before, it is still that bystander's
    {
      text: "Montenegro and Serbia quarrelled over the church law. Russia's foreign ministry criticised Montenegro. The ministry also accused Podgorica of persecuting believers.",
      expect: ['RUS>MNE:112'],
    },
  ],
  'fired upon': [
    { text: 'A Congolese jet was fired upon by Rwandan forces.', expect: ['RWA>COD:190'] },
    { text: 'Rwandan forces fired upon a Congolese jet.', expect: ['RWA>COD:190'] },
  ],
  'denials with no noun for the charge': [
    {
      text: 'Khartoum accused Abu Dhabi of arming the militia. Abu Dhabi said it had nothing to do with it.',
      expect: ['SDN>ARE:112', 'ARE>SDN:016'],
    },
    {
      text: 'Vilnius blamed Minsk for the border incidents. The Belarusians denied all of it.',
      expect: ['BLR>LTU:016'],
    },
    // nothing to deny: no act told before it
    { text: 'Abu Dhabi has nothing to do with the Sudanese army.', expect: [], absent: ['ARE>SDN'] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row));
  });
}

describe("a headline's act told again in full right after it", () => {
  it('is coded once, where it is told in full', () => {
    const text =
      "Iran struck targets in Pakistan on 16 January.\n\n09:45 — Islamabad: two children killed\n\nPakistan's Foreign Office says two children were killed, and condemns the violation of its airspace by Iran.";
    const kills = coder
      .codeText(text, { date: '2024-02-01' })
      .events.filter(
        (e) => e.code.startsWith('19') && e.source.code.startsWith('IRN') && e.sentenceIndex > 0,
      );
    expect(kills.map((e) => e.sentenceIndex)).toEqual([2]);
  });
});

describe("acts by the patient's own side, and the writer's hedges", () => {
  /** the reasons the explanation gives for the candidates of `pattern` in `text` */
  const reasons = (text: string, pattern: string) =>
    coder
      .codeText(text, { date: '2023-01-01', explain: true })
      .explain?.sentences.flatMap((x) =>
        x.candidates.filter((c) => c.patternId === pattern).map((c) => c.reason),
      );
  it("drops an arrest by the patient's own escort", () => {
    expect(reasons('Within hours he had been detained by his own escort.', '173.arrest')).toEqual([
      "an act by the patient's own side",
    ]);
  });
  it('drops the writer\'s "I am told"', () => {
    expect(reasons('I am told that the Bolivian president supports him.', '010.tell-that')).toEqual([
      "a writer's hedge",
    ]);
  });
});
