/**
 * Table tests of constructions found missing in the twelfth session, on the twentieth development
 * set (a cable, a meeting record, a timeline) and on sentences of our own. Each row is our own text
 * with the events that must (and must not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  "a head of state's office speaks for its state": [
    {
      text: 'Canberra expelled the Indonesian envoy. The Presidency called the expulsion regrettable.',
      expect: ['IDN>AUS:111'],
      absent: ['AUS>IDN:111'],
    },
    {
      text: 'Warsaw recalled its ambassador from Budapest. The Hungarian presidency called the recall an insult.',
      expect: ['HUN>POL:111'],
    },
  ],
  "a body the context places does not judge its own side's act": [
    {
      text: 'Madrid expelled two Moroccan diplomats. The foreign ministry called the expulsions unjustified.',
      expect: ['MAR>ESP:111'],
      absent: ['ESP>MAR:111'],
    },
    {
      // a verdict on a person, not on the act before it, keeps the speaker the context gives
      text: 'Ottawa sent a minister to the funeral in Havana. The foreign ministry called the late leader a tyrant.',
      expect: [],
      absent: ['CUB>CAN:111'],
    },
  ],
  'ultimatums, expulsions, bans and charges told in a few words': [
    { text: 'Kyiv gave Minsk one week to close the camps.', expect: ['UKR>BLR:139'] },
    { text: "Manama ordered Beirut's ambassador out within two days.", expect: ['BHR>LBN:174'] },
    { text: 'Hanoi barred Chinese trawlers from its waters.', expect: ['VNM>CHN:191'] },
    { text: 'Seoul charged three North Korean agents with espionage.', expect: ['KOR>PRK:173'] },
    // a state charged with a wrong is accused, not put on trial
    { text: 'Ottawa charged Beijing with breaking the accord.', expect: [], absent: ['CAN>CHN:173'] },
  ],
  'an envoy called in by a pronoun, by a body the context places': [
    {
      text: 'The Turkish envoy reached Athens in May. In June the foreign ministry summoned him over the flights.',
      expect: ['GRC>TUR:114'],
      absent: ['TUR>GRC:114'],
    },
  ],
  'an office and a name the dictionary lacks': [
    {
      text: 'Spain and Morocco quarrelled in 2021. Ambassador Karima Benyaich returned to Madrid on 20 March.',
      expect: ['MAR>ESP:042'],
    },
    {
      text: 'Ghana and Togo quarrelled over the levy. Trade Minister Kwame Asante flew to Lome for talks.',
      expect: ['GHA>TGO:04'],
    },
  ],
  'ministries by their initials': [
    {
      text: 'India and Nepal quarrelled in 2015. The EAM visited Kathmandu in October.',
      expect: ['IND>NPL:042'],
    },
    {
      text: 'DIRCO rejected the American charge that farmers were being persecuted.',
      expect: ['ZAF>USA:'],
    },
  ],
  "a party's offer turned down with no agent named": [
    {
      text: "Lima and Quito quarrelled over the border. Ecuador's proposal for a joint survey was turned down.",
      expect: ['PER>ECU:12'],
    },
    {
      // a filing turned down is the court's, not the other party's
      text: 'Bolivia took Chile to the International Court of Justice. Its preliminary objections were dismissed.',
      expect: [],
      absent: ['BOL>CHL:12'],
    },
  ],
  'an act done again, told with "as did"': [
    {
      text: 'In March Oslo expelled two Russian diplomats, as did Helsinki and Tallinn.',
      expect: ['NOR>RUS:174', 'FIN>RUS:174', 'EST>RUS:174'],
    },
    {
      text: 'Riyadh recalled its ambassador from Beirut, as had Manama a day before.',
      expect: ['SAU>LBN:161', 'BHR>LBN:161'],
    },
  ],
  'a warning of consequences; troops leaving a country': [
    {
      text: 'Myanmar shelled Bangladeshi villages in March. The ministry in Dhaka warned that further violations could lead to grave consequences.',
      expect: ['BGD>MMR:13'],
    },
    { text: 'The last French troops left Mali in August.', expect: ['FRA>MLI:087'] },
    // a traveller leaving a capital withdraws from nothing
    { text: 'The minister left Moscow for Beijing on Monday.', expect: [], absent: ['RUS>RUS:087'] },
  ],
  'a city that names an instrument is no party': [
    {
      text: 'Washington quit the Paris Agreement in 2020.',
      expect: [],
      absent: ['USA>FRA:120', 'USA>FRA:12'],
    },
    {
      text: 'Ottawa called the threat a violation of the Vienna Convention by New Delhi.',
      expect: [],
      absent: ['CAN>AUT:111'],
    },
  ],
  'told to cut, reduce or close: a demand': [
    {
      text: 'In October New Delhi told Ottawa to cut the number of its diplomats in India.',
      expect: ['IND>CAN:10'],
    },
  ],
  "a body's own country's rebels do not make it the other side's": [
    {
      text: "Sudan did not hold back. The government accused N'Djamena of letting the RSF use its airports.",
      expect: ['SDN>TCD:112'],
    },
  ],
  'forces offered for another state': [
    { text: 'Nairobi pledged to deploy a thousand police officers to Haiti.', expect: ['KEN>HTI:0334'] },
    { text: 'Jamaica offered a small contingent of soldiers to Haiti.', expect: ['JAM>HTI:0334'] },
  ],
  'a diplomatic act condemned by its noun': [
    {
      text: 'Lima recalled its ambassador from Santiago. Chile condemned the recall.',
      expect: ['CHL>PER:111'],
    },
    {
      text: 'Rabat suspended all contacts with the German embassy. Berlin deplored the suspension.',
      expect: ['DEU>MAR:111'],
    },
  ],
  'the ministry a title names as the author': [
    {
      text: "A year of quarrels with Lima, in the Chilean Foreign Ministry's own words\n\nLima recalled its ambassador from Santiago on 3 May. The Ministry deplores the recall.",
      expect: ['CHL>PER:111'],
      absent: ['PER>CHL:111'],
    },
  ],
  "a person acted on with no country named is the other party's national": [
    {
      text: 'Latvia and Russia quarrelled over the border. In May a Moscow court sentenced him to six years.',
      expect: ['RUS>LVA:116'],
    },
    {
      text: 'Latvia and Russia quarrelled over the border. A Latvian guard was seized in March. The Latvian foreign ministry demanded his immediate release.',
      expect: ['LVA>RUS:10'],
    },
    // a verdict on what someone said is no act done to a person
    {
      text: 'Latvia and Russia quarrelled over the border. Riga called his remarks offensive.',
      expect: [],
      absent: ['LVA>RUS:116'],
    },
  ],
  'a warning that measures will be taken': [
    {
      text: 'Seoul and Beijing quarrelled over the radar in 2016. China warned that it would resolutely take necessary measures.',
      expect: ['CHN>KOR:13'],
    },
  ],
  'a demand for evidence, access or answers': [
    {
      text: 'London expelled 23 Russian diplomats in March. Moscow demanded samples of the nerve agent.',
      expect: ['RUS>GBR:10'],
    },
  ],
  'envoys leaving the other side': [
    { text: 'By October forty Canadian diplomats had left India.', expect: ['CAN>IND:161'] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row));
  });
}
