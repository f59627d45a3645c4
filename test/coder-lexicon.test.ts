/**
 * Table tests for the extra IR lexicon (`data/verbs/ir-cooperation-extra.txt`, `ir-conflict-extra.txt`):
 * our own sentences, at least one per CAMEO root, with varied actors, tenses and voice. Each row names
 * an event that must be coded (source root > target root : code prefix); the negative rows are
 * domestic, verbal or non-event uses that must yield no unflagged event.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { codedAs, findWanted } from './helpers/coder-rows.js';

const coder = createCoder();

/** [sentence, "SRC>TGT:CODEPREFIX" with optional "!neg"/"!hyp" flags that must be present] */
type Row = [string, string];

function expectEvent([text, want]: Row): void {
  const got = codedAs(coder, text);
  const hit = findWanted(got, want);
  expect(hit, `${want} in ${JSON.stringify(got)} for "${text}"`).toBeDefined();
}

const events: Row[] = [
  ['Berlin reassured Vilnius that the brigade would stay.', 'DEU>LTU:010'],
  ['The Moroccan king wrote a letter to the Algerian president.', 'MAR>DZA:010'],
  ['The Thai premier sent a personal letter to the Cambodian leader expressing deep regret.', 'THA>KHM:055'],
  ["Canberra has voiced dismay at Beijing's stance on the reef.", 'AUS>CHN:012'],
  ['Tehran flatly denied any role in the drone strike on the Saudi refinery.', 'IRN>SAU:016'],
  ['Norway accused Russia of a cyber intrusion. Moscow denied it.', 'RUS>NOR:016'],
  ['Lebanon sought emergency loans from Qatar.', 'LBN>QAT:02'],
  ['The European Union pressed Belgrade to return to the negotiating table.', 'EUR>SRB:02'],
  ['Sudan asked Egypt to mediate.', 'SDN>EGY:02'],
  ['Jakarta pleaded with Canberra for help.', 'IDN>AUS:02'],
  ['Vietnam pledged closer ties with Australia.', 'VNM>AUS:03'],
  ['Paris has pledged unwavering backing for Kyiv.', 'FRA>UKR:03'],
  ['Japan pledged new loans to Bangladesh.', 'JPN>BGD:03'],
  ['Pyongyang proposed a summit with Tokyo.', 'PRK>JPN:03'],
  ['Turkey offered to mediate between Russia and Ukraine.', 'TUR>RUS:03'],
  ['Erdogan spoke with Putin by phone on Tuesday.', 'TUR>RUS:04'],
  ['The Qatari emir welcomed the Iranian president to Doha.', 'QAT>IRN:04'],
  ['The Japanese prime minister made a state visit to Vietnam.', 'JPN>VNM:042'],
  ['China brokered a deal between Iran and Saudi Arabia.', 'CHN>IRN:045'],
  ['The talks between Riyadh and Tehran were mediated by Beijing.', 'CHN>SAU:045'],
  ['Israel established diplomatic ties with Bahrain in 2020.', 'ISR>BHR:05'],
  ['The Brazilian president voiced strong support for Venezuela.', 'BRA>VEN:051'],
  ['Belarus stood by Russia throughout the crisis.', 'BLR>RUS:05'],
  ['The Dutch king offered an apology to Indonesia.', 'NLD>IDN:055'],
  ['Egypt and Ethiopia agreed on a framework for the dam.', 'EGY>ETH:057'],
  ['Azerbaijan and Armenia agreed to a humanitarian ceasefire.', 'AZE>ARM:087'],
  ['China invested billions in Pakistan.', 'CHN>PAK:061'],
  ['Iran opened its airspace to Qatar.', 'IRN>QAT:06'],
  ['India held naval drills with Japan in the Bay of Bengal.', 'IND>JPN:062'],
  ['Turkish officers trained Somali soldiers.', 'TUR>SOM:062'],
  ['Bulgaria extradited the suspect to Turkey.', 'BGR>TUR:063'],
  ['Australia passed intelligence to Indonesia.', 'AUS>IDN:064'],
  ['Saudi Arabia provided a $3 billion loan to Pakistan.', 'SAU>PAK:071'],
  ['The Czech government supplied howitzers to Ukraine.', 'CZE>UKR:072'],
  ['Iran armed the Houthis.', 'IRN>YEM:07'],
  ['Washington stationed thousands of troops in Poland.', 'USA>POL:074'],
  ['Ankara lifted most of the restrictions on Moscow.', 'TUR>RUS:08'],
  ['Riyadh reopened its airspace to Qatar.', 'SAU>QAT:08'],
  ['Ukraine and Russia swapped prisoners.', 'UKR>RUS:084'],
  ['Iran handed the detainees back to Britain.', 'IRN>GBR:084'],
  ['Iran admitted IAEA inspectors.', 'IRN>IAE:086'],
  ['Saudi Arabia lifted its blockade of Qatar.', 'SAU>QAT:087'],
  ['Turkey halted its offensive against Syria.', 'TUR>SYR:087'],
  ['Indian and Chinese troops pulled back from the valley.', 'IND>CHN:087'],
  ['The Netherlands opened an international investigation into Russian conduct.', 'NLD>RUS:09'],
  ['Kyiv demanded the withdrawal of Russian troops.', 'UKR>RUS:10'],
  ['The Security Council adopted a resolution demanding that Eritrea withdraw.', 'UNO>ERI:10'],
  ['The Russian envoy ridiculed the Polish plan.', 'RUS>POL:11'],
  ['Ankara lashed out at Paris.', 'TUR>FRA:11'],
  ['Seoul conveyed its anger at Tokyo.', 'KOR>JPN:11'],
  ['The Lithuanian parliament voted overwhelmingly to censure Minsk.', 'LTU>BLR:11'],
  ['Kabul blamed Islamabad for the bombing.', 'AFG>PAK:112'],
  ['Berlin summoned the Russian ambassador.', 'DEU>RUS:11'],
  ['Manila took Beijing to arbitration.', 'PHL>CHN:115'],
  ['Seoul rebuffed an offer of talks from Pyongyang.', 'KOR>PRK:125'],
  ['Kyiv ruled out negotiations with Moscow.', 'UKR>RUS:125'],
  ['Ethiopia rejected Egyptian mediation.', 'ETH>EGY:12'],
  ['Washington abandoned the nuclear deal with Tehran.', 'USA>IRN:12'],
  ['Brussels threatened Minsk with new sanctions.', 'EUR>BLR:13'],
  ['Washington threatened to slap tariffs on Mexico.', 'USA>MEX:13'],
  ['Baku threatened to quit the talks with Yerevan.', 'AZE>ARM:13'],
  ['NATO delivered an ultimatum to Belgrade.', 'NAT>SRB:13'],
  ['Iranian protesters stormed the Saudi embassy.', 'IRN>SAU:14'],
  ['Chinese shoppers boycotted Japanese goods.', 'CHN>JPN:14'],
  ['Vietnamese crowds rallied against China.', 'VNM>CHN:14'],
  ['Moscow concentrated armour near the Georgian frontier.', 'RUS>GEO:15'],
  ['The United States sailed a destroyer through the Taiwan Strait.', 'USA>TWN:15'],
  ['Turkish jets violated Greek airspace.', 'TUR>GRC:15'],
  ['Managua broke off ties with Taipei.', 'NIC>TWN:16'],
  ['Quito recalled its ambassador from Caracas.', 'ECU>VEN:16'],
  ['Prague declared two Russian diplomats persona non grata.', 'CZE>RUS:17'],
  ['The United States removed Turkey from the fighter programme.', 'USA>TUR:16'],
  ['The Kremlin banned charter flights to Egyptian resorts.', 'RUS>EGY:163'],
  ['India banned dozens of Chinese apps.', 'IND>CHN:163'],
  ['The European Union froze Libyan assets.', 'EUR>LBY:163'],
  ['Canberra restricted investment from China.', 'AUS>CHN:163'],
  ['The Armenian delegation walked out of talks with Azerbaijan.', 'ARM>AZE:164'],
  ['Washington cut off funding to Kabul.', 'USA>AFG:162'],
  ['Berlin froze weapons deliveries to Ankara.', 'DEU>TUR:162'],
  ['Mali expelled French troops from its territory.', 'MLI>FRA:166'],
  ['Tehran jailed a French academic.', 'IRN>FRA:173'],
  ["China's detention of two Canadians angered Ottawa.", 'CHN>CAN:173'],
  ['Russian hackers hacked into Estonian servers.', 'RUS>EST:176'],
  ['Pakistani militants hijacked an Indian airliner.', 'PAK>IND:181'],
  ['Iraqi guards tortured Kuwaiti prisoners.', 'IRQ>KWT:182'],
  ['Iranian agents plotted to kill a Saudi dissident.', 'IRN>SAU:185'],
  ['A Turkish policeman shot dead the Russian ambassador.', 'TUR>RUS:186'],
  ['Azerbaijani units retook Armenian positions.', 'AZE>ARM:190'],
  ['Militias backed by Tehran killed dozens of Saudi troops.', 'IRN>SAU:19'],
  ['Indian guards opened fire on Pakistani posts.', 'IND>PAK:19'],
  ['Hezbollah fired artillery shells at Israel.', 'LBN>ISR:194'],
  ['Indian and Pakistani troops exchanged fire.', 'IND>PAK:19'],
  ['Serbian and Kosovar police clashed.', 'SRB>KSV:19'],
  ['Turkish drone strikes on Syrian army positions continued.', 'TUR>SYR:19'],
  ['Russian air raids on Aleppo intensified.', 'RUS>SYR:19'],
  ['Saudi Arabia imposed a naval blockade on Qatar.', 'SAU>QAT:191'],
  ['Riyadh shut its land border with Doha.', 'SAU>QAT:191'],
  ['Moscow seized control of Crimea in 2014.', 'RUS>UKR:192'],
  ['Ankara threatened military action against Syria.', 'TUR>SYR:138'],
  ['Israel carried out airstrikes on Syrian bases.', 'ISR>SYR:195'],
  ['Ukraine sank the Russian flagship in April.', 'UKR>RUS:190'],
  ['Uganda expelled thousands of Indian traders in 1972.', 'UGA>IND:20'],
  ['The Americans dropped atomic bombs on Japan.', 'USA>JPN:20'],
  ['Beijing mediated talks between Riyadh and Tehran.', 'CHN>IRN:045'],
  ['Indian and Pakistani diplomats exchanged letters on the river treaty.', 'IND>PAK:04'],
];

const flagged: Row[] = [
  ['Kyiv did not lift the sanctions on Russian banks.', 'UKR>RUS:08!neg'],
  ['Berlin might freeze Russian assets.', 'DEU>RUS:163!hyp'],
  ['The Russian ambassador said Moscow would never forgive Kyiv.', 'RUS>UKR:056!neg'],
];

/** domestic, verbal or non-event uses of the same verbs: no unflagged event */
const negatives: string[] = [
  'Brazil banned plastic bags in supermarkets.',
  'Germany invested heavily in its railways.',
  'Ottawa lifted the restrictions on public gatherings.',
  'Russian troops pulled back from the border.',
  'Japanese officials spoke to reporters in Tokyo.',
  'The Indian army held exercises with its own reserve units.',
  "Kenya's parliament adopted a resolution on climate policy.",
  'The Turkish government opened its markets to foreign investors.',
  "Moscow denied the rumour about the president's health.",
  'Thousands rallied against the new tax law in Paris.',
  'Washington froze the assets of a drug cartel.',
  'Indian troops entered the plateau at dawn.',
  'The Egyptian army killed dozens of militants in Sinai.',
  'The Chinese navy held drills in the South China Sea.',
  'Berlin closed its schools and borders in March.',
  'Pakistan tested a new cruise missile.',
  'The Kenyan president praised his own ministers.',
  'Seoul expressed hope about the economy.',
  'Tokyo and Seoul clashed over history textbooks.',
  'The French minister spoke to Algerian television.',
  "China's investment in Pakistan slowed last year.",
  'Washington worried about the deployment of Russian missiles in Cuba.',
  'Greek and Turkish officials traded views at the conference.',
];

describe('coder lexicon: IR verbs and nominalisations per CAMEO root', () => {
  for (const row of events) it(row[0], () => expectEvent(row));
});

describe('coder lexicon: negated and hypothetical uses keep their flags', () => {
  for (const row of flagged) it(row[0], () => expectEvent(row));
});

describe('coder lexicon: no event from non-event uses', () => {
  for (const text of negatives) {
    it(text, () => {
      expect(codedAs(coder, text).filter((g) => !g.includes('!'))).toEqual([]);
    });
  }
});

describe('coder lexicon: coverage of the table', () => {
  it('has rows for every CAMEO root 01-20', () => {
    const roots = new Set(events.map(([, want]) => want.split(':')[1].slice(0, 2)));
    const missing = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')).filter(
      (r) => !roots.has(r),
    );
    expect(missing).toEqual([]);
  });
});
