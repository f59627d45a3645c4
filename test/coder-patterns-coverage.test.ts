/**
 * Coverage table for the event vocabulary (`data/verbs/*.txt`), CAMEO root by root: our own
 * sentences in the ways analysts and reporters commonly write each act (verb, verb + particle,
 * verb + object, light verb, nominal form), about many dyads. Each row names an event that must be
 * coded (source root > target root : code prefix, flags when given); the quiet rows are near-misses
 * (domestic objects, other senses of the verb) that must yield no unflagged event.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { codedAs, findWanted } from './helpers/coder-rows.js';

const coder = createCoder();

/** [sentence, "SRC>TGT:CODEPREFIX"] */
type Row = [string, string];

const byRoot: Record<string, Row[]> = {
  '01 make public statement': [
    ['Norway informed Sweden that the pipeline would close.', 'NOR>SWE:010'],
    ['Canberra notified Wellington of the decision.', 'AUS>NZL:010'],
    ['Romania offered condolences to Moldova after the floods.', 'ROU>MDA:018'],
    ['Hungary denied the Slovak allegations.', 'HUN>SVK:016'],
    ['Belarus accused Poland of spying, which Warsaw denied.', 'POL>BLR:016'],
    ['Beijing blamed Hanoi for the collision; Hanoi said the incident had never happened.', 'VNM>CHN:016'],
  ],
  '02 appeal': [
    ['Armenia asked Russia for military assistance.', 'ARM>RUS:02'],
    ['Egypt wrote to the UN Security Council about the dam.', 'EGY>UNO:02'],
    ['Cairo petitioned the United Nations to intervene.', 'EGY>UNO:02'],
    ['Ukraine requested an emergency meeting of the Security Council.', 'UKR>UNO:02'],
    ['The Security Council met at the request of Ukraine.', 'UKR>UNO:02'],
    ['Serbia called on Moscow to mediate.', 'SRB>RUS:02'],
  ],
  '03 express intent to cooperate': [
    ['India promised to build a railway for Bangladesh.', 'IND>BGD:03'],
    ['France offered to help Mali.', 'FRA>MLI:03'],
    ['Spain proposed a new fisheries deal to Morocco.', 'ESP>MAR:03'],
    ['Iran agreed to the Iraqi proposal.', 'IRN>IRQ:03'],
    ['Ankara offered to mediate between Damascus and the rebels.', 'TUR>SYR:03'],
  ],
  '04 consult': [
    ['Kenya mediated between Ethiopia and the Tigrayan rebels.', 'KEN>ETH:04'],
    ['Qatar hosted talks between the Taliban and Washington.', 'QAT>USA:04'],
    ['Indian and Chinese commanders held talks at Moldo.', 'IND>CHN:04'],
    ['The Brazilian president visited Buenos Aires.', 'BRA>ARG:04'],
    ['Erdogan telephoned Putin.', 'TUR>RUS:04'],
  ],
  '05 engage in diplomatic cooperation': [
    ['Israel and the UAE normalised relations in 2020.', 'ISR>ARE:05'],
    ['Rabat normalised its relations with Jerusalem.', 'MAR>ISR:05'],
    ['Riyadh reopened its embassy in Tehran.', 'SAU>IRN:05'],
    ['Japan thanked Australia for its support.', 'JPN>AUS:05'],
    ['Putin congratulated Erdogan on his reelection.', 'RUS>TUR:05'],
    ['Egypt and Sudan signed a memorandum of understanding on defence.', 'EGY>SDN:05'],
  ],
  '06 engage in material cooperation': [
    ['Egyptian and Sudanese air forces held a joint exercise in Sudan.', 'EGY>SDN:06'],
    ['France and India held joint naval exercises in the Indian Ocean.', 'FRA>IND:06'],
    ['Sweden extradited a Kurdish activist to Turkey.', 'SWE>TUR:06'],
  ],
  '07 provide aid': [
    ['China extended a $1 billion loan to Sri Lanka.', 'CHN>LKA:071'],
    ['Iran began shipping fuel to Lebanon.', 'IRN>LBN:07'],
    ['Washington provided air-defence systems to Kyiv.', 'USA>UKR:07'],
  ],
  '08 yield': [
    ['Moscow freed the Ukrainian sailors in September.', 'RUS>UKR:08'],
    ['Tehran released the Swedish-flagged tanker.', 'IRN>SWE:084'],
    ['Washington eased sanctions on Cuba.', 'USA>CUB:08'],
  ],
  '09 investigate': [["A UN panel investigated Myanmar's treatment of the Rohingya.", 'UNO>MMR:09']],
  '10 demand': [
    ['Islamabad demanded evidence from Delhi.', 'PAK>IND:10'],
    ['Morocco demanded an explanation from Spain.', 'MAR>ESP:10'],
  ],
  '11 disapprove': [
    ['Beijing summoned the Japanese ambassador.', 'CHN>JPN:11'],
    ["The Chinese foreign ministry summoned Japan's ambassador.", 'CHN>JPN:11'],
    ['Delhi lodged a strong protest with Islamabad.', 'IND>PAK:11'],
    ['Japan called the Chinese zone invalid.', 'JPN>CHN:11'],
    ['Japan filed a complaint at the WTO over Chinese export curbs.', 'JPN>CHN:115'],
    ['Ukraine filed a case against Russia at the ICJ.', 'UKR>RUS:115'],
  ],
  '12 reject': [
    ['Washington left the nuclear agreement with Tehran in 2018.', 'USA>IRN:12'],
    ['India boycotted the summit in Islamabad.', 'IND>PAK:12'],
    ['China cancelled a planned round of talks with Japan.', 'CHN>JPN:12'],
    ['Venezuela rejected the Guyanese proposal.', 'VEN>GUY:12'],
  ],
  '13 threaten': [
    ['The Iranian leader vowed harsh revenge against the United States.', 'IRN>USA:13'],
    ['Iran vowed revenge for the killing of its general by the United States.', 'IRN>USA:13'],
    ['Pyongyang threatened to turn Seoul into a sea of fire.', 'PRK>KOR:13'],
    ['A Chinese frigate locked its fire-control radar onto a Japanese destroyer.', 'CHN>JPN:13'],
  ],
  '14 protest': [['Crowds demonstrated outside the Israeli embassy in Cairo.', 'EGY>ISR:14']],
  '15 exhibit force posture': [
    ['Japan scrambled fighter jets after a Chinese plane approached the islands.', 'JPN>CHN:15'],
    ['Russia deployed troops along the Ukrainian border.', 'RUS>UKR:15'],
    ['Beijing mobilised its navy near Taiwan.', 'CHN>TWN:15'],
  ],
  '16 reduce relations': [
    ['The United States paused part of its assistance to Ethiopia.', 'USA>ETH:16'],
    ['Washington suspended some of its aid to Addis Ababa.', 'USA>ETH:16'],
    ['Pakistan suspended bilateral trade with India.', 'PAK>IND:16'],
    ['Islamabad halted the train service to India.', 'PAK>IND:16'],
    ['The Treasury reimposed sanctions on Iran in November.', 'USA>IRN:16'],
    ['Washington designated the Revolutionary Guards of Iran a terrorist organisation.', 'USA>IRN:16'],
    ['The United States ended the waivers for buyers of Iranian oil.', 'USA>IRN:16'],
    ['Pakistan expelled the Indian high commissioner.', 'PAK>IND:16'],
  ],
  '17 coerce': [
    ['Japan arrested the captain of a Chinese trawler.', 'JPN>CHN:17'],
    ['A Chinese trawler rammed two Japanese patrol boats.', 'CHN>JPN:17'],
    ['Iran captured two American sailors.', 'IRN>USA:17'],
    ['Pakistan captured an Indian pilot.', 'PAK>IND:17'],
  ],
  '19 fight': [
    ['Pakistani jets carried out retaliatory strikes near Indian military installations.', 'PAK>IND:19'],
    ['Indian special forces struck militant launch pads across the Line of Control in Pakistan.', 'IND>PAK:19'],
    ['Iranian forces shot down a US surveillance drone over the Gulf.', 'IRN>USA:19'],
  ],
};

/** near-misses: the same words in senses or with objects that name no act between two states */
const quiet: string[] = [
  'Trump threatened to "totally destroy" the country if the United States were forced to defend itself.',
];

describe('coder: event vocabulary by CAMEO root', () => {
  for (const [root, rows] of Object.entries(byRoot)) {
    describe(root, () => {
      for (const [text, want] of rows) {
        it(text, () => {
          const got = codedAs(coder, text);
          expect(findWanted(got, want), `${want} in ${JSON.stringify(got)}`).toBeDefined();
        });
      }
    });
  }
});

describe('coder: near-misses stay quiet', () => {
  for (const text of quiet) {
    it(text, () => {
      expect(codedAs(coder, text).filter((g) => !g.includes('!'))).toEqual([]);
    });
  }
});
