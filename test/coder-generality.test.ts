/**
 * Table tests of constructions found missing when coding fresh sentences of our own on dyads the
 * coder was not developed on: a state named down the object phrase ("strikes on targets in X"),
 * orders to leave, acts attributed by a relative clause, disputes with a coordinated subject and
 * name-calling. Each row is our own text with the events that must (and must not) come out.
 */
import { describe, expect, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow, codedAs } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'a state named down the object phrase': [
    { text: 'Israel launched air strikes on targets in Syria overnight.', expect: ['ISR>SYR:19'] },
    { text: 'Bangladesh retaliated by closing the border crossings with Myanmar.', expect: ['BGD>MMR:191'] },
    { text: "The United States froze the assets of Afghanistan's central bank.", expect: ['USA>AFG:16'] },
    { text: 'In July 2011 Pristina answered with a ban on imports from Serbia.', expect: ['KSV>SRB:163'] },
    { text: 'That night Maduro closed the bridges to Colombia.', expect: ['VEN>COL:191'] },
    { text: 'In June 2023 the EU imposed "temporary" measures on Kosovo.', expect: ['EUR>KSV:163'] },
    {
      // cooperation held somewhere is not cooperation with the place
      text: 'Russia and Iran stepped up joint military operations on the ground in Syria.',
      expect: [],
      absent: ['IRN>SYR', 'RUS>SYR'],
    },
    {
      // the attack talked of was made by someone else: Syria is where, not who
      text: 'France condemned the attack on civilians in Syria.',
      expect: [],
      absent: ['FRA>SYR'],
    },
  ],
  'acts on a person placed by an apposition, and duties described at length': [
    {
      text: 'In 2020 Chinese authorities detained Cheng Lei, an Australian journalist.',
      expect: ['CHN>AUS:173'],
    },
    {
      // the apposition is no target when nothing names one
      text: 'In November he released a couple arrested in Istanbul for taking photographs, a gesture Israel welcomed.',
      expect: [],
      absent: ['ISR>TUR:173'],
    },
    {
      text: 'China imposed tariffs on Australia in May. Six days later the Ministry of Commerce imposed anti-dumping duties totalling 80.5 per cent on Australian barley.',
      expect: ['CHN>AUS:163'],
    },
  ],
  'sanctions lists, entry bans, round-ups, charges of arming, credentials': [
    { text: 'The Commerce Department blacklisted dozens of Chinese companies.', expect: ['USA>CHN:163'] },
    { text: 'Lithuania barred Belarusian officials from entering its territory.', expect: ['LTU>BLR:163'] },
    { text: 'Haitian police rounded up Dominican traders at the market.', expect: ['HTI>DOM:173'] },
    { text: 'Caracas said Colombia had trained the mercenaries.', expect: ['VEN>COL:112'] },
    {
      text: 'The new Chilean envoy presented his credentials to the Peruvian president.',
      expect: ['CHL>PER:050'],
    },
  ],
  'parties of a reciprocal act and verdicts on an act': [
    {
      // the broker of the deal is no party to the relations restored
      text: 'Saudi Arabia and Iran restored diplomatic relations in March 2023 under a deal brokered by China.',
      expect: ['SAU>IRN:050', 'CHN>SAU:045'],
      absent: ['SAU>CHN:050', 'IRN>CHN:050'],
    },
    {
      text: 'Turkish jets shot down a Russian bomber in November 2015. Putin called the downing a stab in the back.',
      expect: ['TUR>RUS:190', 'RUS>TUR:111'],
    },
  ],
  'joint acts near a border, agreements in number, money pledged, accords revoked': [
    {
      text: 'Egypt and Sudan held joint air force drills near the border with Ethiopia.',
      expect: ['EGY>SDN:062'],
      absent: ['EGY>ETH', 'SDN>ETH'],
    },
    { text: 'Qatar and Turkey signed a series of defence agreements in Doha.', expect: ['QAT>TUR:057'] },
    { text: "Riyadh pledged $1 billion to Pakistan's central bank.", expect: ['SAU>PAK:071'] },
    { text: "Niger's military rulers revoked defence agreements with France.", expect: ['NER>FRA:161'] },
    {
      text: "Japan's imposition of export controls on South Korea in 2019 was widely criticised.",
      expect: ['JPN>KOR:163'],
    },
  ],
  "a part of the actor's things": [
    {
      text: "Vietnam's coast guard said Chinese vessels had rammed one of its patrol boats.",
      expect: ['CHN>VNM:171'],
    },
    { text: 'Minsk detained several of the Lithuanian observers.', expect: ['BLR>LTU:173'] },
  ],
  'verbs whose object is the party acted on': [
    { text: 'Beijing bullied the Philippines over the shoal.', expect: ['CHN>PHL:170'] },
    { text: 'Turkey helped Iran evade American sanctions.', expect: ['TUR>IRN:070'] },
    { text: 'Kyiv lobbied Berlin for tanks.', expect: ['UKR>DEU:020'] },
    { text: 'Chad sheltered Sudanese refugees.', expect: ['TCD>SDN:075'] },
    {
      // what is helped along is an act, not a party
      text: 'The Emirates, which helped bring Ethiopia and Eritrea together, hosted both leaders.',
      expect: [],
      absent: ['ARE>ETH:070', 'ARE>ERI:070'],
    },
  ],
  'acts named by a noun, and refusals': [
    { text: "China's harassment of Philippine vessels continued in 2021.", expect: ['CHN>PHL:170'] },
    {
      text: 'The Azerbaijani offensive against Armenian forces began in September.',
      expect: ['AZE>ARM:190'],
    },
    { text: "Greece's objection to Macedonia's name lasted decades.", expect: ['GRC>MKD:111'] },
    { text: "Qatar's mediation between Washington and Kabul lasted years.", expect: ['QAT>USA:045'] },
    // a refusal named with a noun is a rejection, as "refused to recognise" is; the recognition is no act
    {
      text: "Serbia's refusal to recognise Kosovo persists.",
      expect: ['SRB>KSV:120'],
      absent: ['SRB>KSV:054'],
    },
  ],
  'rejections, readiness and yielding': [
    {
      // the visit refused is no visit
      text: 'Russia declined an invitation to attend the summit in Kyiv.',
      expect: ['RUS>UKR:12'],
      absent: ['RUS>UKR:04'],
    },
    { text: 'Ankara balked at the American demand.', expect: ['TUR>USA:120'] },
    { text: 'Skopje resisted Greek pressure to change the name.', expect: ['MKD>GRC:120'] },
    { text: 'Saudi Arabia ignored Iranian calls for dialogue.', expect: ['SAU>IRN:120'] },
    {
      text: 'Iran expressed readiness to restore ties with Saudi Arabia.',
      expect: ['IRN>SAU:030'],
      absent: ['IRN>SAU:050'],
    },
    { text: 'Greece lifted its veto on the Macedonian bid.', expect: ['GRC>MKD:080'] },
  ],
  'protests over an act, acts said to be unlawful, charges of a past act': [
    {
      text: 'Manila lodged a diplomatic protest over the Chinese water cannon attack.',
      expect: ['PHL>CHN:114'],
    },
    { text: "The Philippine foreign ministry said China's actions were illegal.", expect: ['PHL>CHN:111'] },
    { text: 'Putin said Turkey had stabbed Russia in the back.', expect: ['RUS>TUR:112'] },
  ],
  'force: the party the object names, fighting breaking out, water cannon': [
    // the party the object names comes before the place it stands in
    { text: 'Israeli jets struck Iranian targets in Syria.', expect: ['ISR>IRN:190'], absent: ['ISR>SYR'] },
    {
      text: 'Iranian missiles hit two bases hosting US troops in Iraq.',
      expect: ['IRN>USA:190'],
      absent: ['IRN>IRQ'],
    },
    { text: 'Saudi warplanes hit a market in Yemen.', expect: ['SAU>YEM:190'] },
    {
      text: 'Fighting broke out between Armenian and Azerbaijani forces along the border.',
      expect: ['ARM>AZE:190'],
    },
    {
      text: 'Chinese coast guard vessels fired water cannon at a Philippine resupply boat.',
      expect: ['CHN>PHL:171'],
    },
  ],
  'a visit announced as not to be made is a refusal': [
    {
      text: 'India announced that it would not attend the summit in Islamabad.',
      expect: ['IND>PAK:125'],
      absent: ['IND>PAK:04'],
    },
    // a visit that simply did not happen stays a negated visit
    {
      text: 'India did not attend the summit in Islamabad.',
      expect: ['IND>PAK:042!neg'],
      absent: ['IND>PAK:125'],
    },
  ],
  'an act a party is invited or encouraged to do is not done': [
    {
      text: 'Skopje invited Athens to resume talks.',
      expect: ['MKD>GRC:036', 'GRC>MKD:040!hyp'],
      absent: ['GRC>MKD:040'],
    },
  ],
  'money parked, equipment handed over, troops taken out': [
    { text: "Saudi Arabia deposited $3 billion in Pakistan's central bank.", expect: ['SAU>PAK:071'] },
    { text: 'The US transferred two cutters to the Philippine navy.', expect: ['USA>PHL:072'] },
    { text: 'Russia evacuated its peacekeepers from Azerbaijan in 2024.', expect: ['RUS>AZE:0874'] },
  ],
  'a meeting asked for is not yet held': [
    {
      text: 'Athens requested a meeting with the Turkish foreign minister.',
      expect: ['GRC>TUR:036'],
      absent: ['GRC>TUR:040'],
    },
  ],
  'an accord hailed': [
    { text: 'Tehran hailed the agreement with Riyadh as a new beginning.', expect: ['IRN>SAU:051'] },
  ],
  'two leaders named together': [
    { text: 'Xi and Marcos discussed the South China Sea in a phone call.', expect: ['CHN>PHL:040'] },
  ],
  'orders to leave': [
    { text: 'Tallinn responded by ordering a Russian attaché to leave.', expect: ['EST>RUS:174'] },
    // an envoy given days to go is expelled, as the event data of record code it
    { text: 'Lima gave the Mexican ambassador three days to leave.', expect: ['PER>MEX:174'] },
  ],
  'an act a relative clause attributes': [
    {
      text: 'The sanctions, which Washington imposed on Minsk in 2021, hit the potash industry hardest.',
      expect: ['USA>BLR:163'],
    },
    { text: 'The tariffs that Ottawa imposed on Chinese steel angered Beijing.', expect: ['CAN>CHN:163'] },
  ],
  'events told in the present, as chronologies and wire copy do': [
    { text: 'Russia signs a trade deal with China.', expect: ['RUS>CHN:057'] },
    { text: 'Tokyo protests to Seoul over the visit.', expect: ['JPN>KOR:114'] },
    { text: 'Abiy and Isaias sign a joint declaration in Asmara.', expect: ['ETH>ERI:057'] },
    { text: 'US sanctions on Iran hurt trade with Iraq.', expect: [], absent: ['USA>IRQ'] },
    {
      text: 'An Eritrean delegation led by Foreign Minister Osman Saleh lands in Addis Ababa.',
      expect: ['ERI>ETH:042'],
    },
    // a chronology's stamp in capitals is the month, not the modal
    { text: 'MAY 3 - Isaias visits Ethiopia for talks with Abiy.', expect: ['ERI>ETH:042'] },
  ],
  'lists with an apposition, ceremonies, appointments and joint openings': [
    {
      text: "APRIL 2 - Chile, Peru and Bolivia's president, Evo Morales, sign a declaration on water in Lima.",
      expect: ['CHL>PER:057', 'CHL>BOL:057', 'PER>BOL:057'],
    },
    {
      text: 'JULY 9 - Vietnam, which brokered the talks, hosts the Lao and Cambodian leaders in Hanoi.',
      expect: ['VNM>LAO:043', 'VNM>KHM:043'],
    },
    { text: 'The Lao premier greeted the Thai delegation at Wattay airport.', expect: ['LAO>THA:043'] },
    {
      text: 'Hanoi later appointed Nguyen Van An, until then its consul in Lyon, as its ambassador to Vientiane.',
      expect: ['VNM>LAO:050'],
      absent: ['VNM>FRA'],
    },
    {
      text: 'MARCH 3 - Vietnam names a career diplomat as its envoy to Phnom Penh.',
      expect: ['VNM>KHM:050'],
    },
    { text: 'APRIL 8 - Thailand and Laos open a fourth bridge across the Mekong.', expect: ['THA>LAO:085'] },
    // a date's month before a surname is no first name
    {
      text: 'Gustavo Petro took office in August 2022. On 1 November Petro flew to Caracas.',
      expect: ['COL>VEN:042'],
    },
  ],
  'verdicts by description, regrets, compliance, missions opened and rulers by coup': [
    { text: 'Accra described the levy imposed by Togo as discriminatory.', expect: ['GHA>TGO:111'] },
    { text: "Accra described Togo's levy as discriminatory.", expect: ['GHA>TGO:111'] },
    {
      text: 'Togo imposed a levy on Ghanaian traders. The levy was described by Accra as discriminatory.',
      expect: ['TGO>GHA:163', 'GHA>TGO:111'],
    },
    // a description without blame is no verdict
    {
      text: 'Quito described the talks with Lima as constructive.',
      expect: [],
      absent: ['ECU>PER:11'],
    },
    {
      // the infinitive after "the decision by Quito" is Quito's act, not the regretting side's
      text: 'Lima regretted the decision by Quito to expel its consul.',
      expect: ['PER>ECU:110'],
      absent: ['PER>ECU:16', 'PER>ECU:17'],
    },
    {
      text: 'Quito demanded that Lima withdraw the note. Lima complied within days.',
      expect: ['ECU>PER:10', 'PER>ECU:080'],
    },
    { text: 'Chile opened its embassy in La Paz in 2011.', expect: ['CHL>BOL:050'] },
    { text: 'Bolivia opened a trade office in Santiago.', expect: ['BOL>CHL:050'] },
    {
      text: "Mali's junta took power in 2020. France criticised the coup. The junta then expelled the French ambassador.",
      expect: ['MLI>FRA:1'],
    },
    {
      // whose junta, no sentence says: the state named just before is not it
      text: 'Soldiers took power in 2020. Russia praised the coup. The junta then expelled the French ambassador.',
      expect: [],
      absent: ['RUS>FRA'],
    },
  ],
  "a state's own security council": [
    {
      text: "Algeria's President Tebboune chaired the meeting. On 18 August the High Security Council accused Morocco of stoking the fires.",
      expect: ['DZA>MAR:112'],
      absent: ['UNO>MAR'],
    },
    {
      text: "Iran's Supreme National Security Council rejected the European proposal.",
      expect: ['IRN>EUR:12'],
    },
  ],
  'bodies by the head of their name, acts named by a passive subject, visits received': [
    {
      text: 'The Security Council met in New York. On 2 May the members of the Council demanded that Sudan withdraw its troops.',
      expect: ['UNO>SDN:10'],
    },
    {
      text: 'The European Union filed a case at the WTO. In December the Union imposed duties on Chinese steel.',
      expect: ['EUR>CHN:163'],
    },
    // with no body of that name before, "the Council" is no one we can name
    { text: 'The Council imposed duties on Chinese steel.', expect: [], absent: ['UNO>CHN', 'EUR>CHN'] },
    {
      text: 'The African Union proposed a new plan for Abyei. The plan was rejected by Sudan a week later.',
      expect: ['SDN>AFU:12'],
    },
    // received in the host's capital: the visitor's visit
    { text: 'President Kiir was received in Khartoum on 3 May.', expect: ['SSD>SDN:042'] },
    {
      text: "Bashir joined Kiir and Ethiopia's prime minister in Addis Ababa for talks.",
      expect: ['SDN>SSD:040', 'SDN>ETH:040'],
      absent: ['SSD>ETH'],
    },
    { text: 'SAF aircraft bombed a market near Bentiu in South Sudan.', expect: ['SDN>SSD:195'] },
    { text: 'PLA warships sailed near Taiwan.', expect: ['CHN>TWN:150'] },
  ],
  'a meeting named before the main clause, joint steps agreed, cooperation suspended, appositive names': [
    { text: 'In talks with Baku, Ankara agreed to extend the gas contract.', expect: ['TUR>AZE:057'] },
    {
      text: 'At a meeting with his Turkish counterpart, the Azerbaijani minister pledged closer ties.',
      expect: ['AZE>TUR:040', 'AZE>TUR:03'],
    },
    // a phrase that names no meeting lends no partner
    {
      text: 'In a speech in Ankara, the Azerbaijani minister pledged closer ties.',
      expect: [],
      absent: ['AZE>TUR'],
    },
    { text: 'Russia and Turkey agreed to set up a joint monitoring centre.', expect: ['RUS>TUR:057'] },
    {
      text: 'On 3 June France suspended joint military operations with the Malian army.',
      expect: ['FRA>MLI:16'],
      absent: ['FRA>MLI:06'],
    },
    {
      text: 'Algeria prepared the summit. On 27 September its justice minister, Abderrachid Tebbi, met the Moroccan foreign minister in Rabat.',
      expect: ['DZA>MAR:04'],
    },
  ],
  'acts planned or put off': [
    {
      text: "Netanyahu's planned visit to Abu Dhabi, which would have been his first trip abroad, was postponed again.",
      expect: [],
      absent: ['ISR>ARE'],
    },
    {
      text: "The Turkish president's visit to Athens was cancelled at the last minute.",
      expect: ['TUR>GRC:042!neg'],
    },
    {
      text: "The Turkish president's visit to Athens in December 2017 was the first in 65 years.",
      expect: ['TUR>GRC:042'],
    },
    {
      text: 'The proposed summit between Seoul and Tokyo never took place.',
      expect: [],
      absent: ['KOR>JPN'],
    },
  ],
  'acts held back from or prevented': [
    { text: 'Saudi Arabia held back from attacking Iran.', expect: ['SAU>IRN:190!neg'], absent: ['SAU>IRN'] },
    { text: 'Japan shied away from recognising Taiwan.', expect: [], absent: ['JPN>TWN'] },
    { text: 'Jordan stopped Syria from attacking Israel.', expect: [], absent: ['JOR>ISR', 'SYR>ISR'] },
    { text: 'Washington barred Chinese firms from buying American chips.', expect: ['USA>CHN:163'] },
  ],
  'the Kingdom, ministries by their field, partitives after a detention': [
    {
      text: 'Saudi Arabia was furious. Accordingly, the Kingdom recalled its ambassador to Canada.',
      expect: ['SAU>CAN:161'],
    },
    {
      text: 'Rabat cut ties. Algiers accused the kingdom of having never ceased its hostile actions.',
      expect: ['DZA>MAR:112'],
    },
    {
      text: 'Saudi Arabia expelled the Canadian envoy. The education ministry halted its scholarship programmes in Canada.',
      expect: ['SAU>CAN:16'],
    },
    {
      text: 'Over the following months the Russian authorities detained more than two thousand Georgian citizens, many of them after summary hearings.',
      expect: ['RUS>GEO:173'],
    },
  ],
  "telling of another's force is accusing it": [
    {
      text: 'Warsaw says Belarusian soldiers fired on Polish border guards overnight.',
      expect: ['BLR>POL:190', 'POL>BLR:112'],
    },
    // a report of talks accuses no one
    { text: 'Warsaw says Belarus will hold talks with the EU.', expect: [], absent: ['POL>BLR'] },
  ],
  'words said in a capital, verdicts in quotes, a call that names a thing': [
    { text: 'The Turkish drilling was condemned in Athens and Nicosia.', expect: ['GRC>TUR:111'] },
    {
      text: 'Ankara\'s foreign ministry described the Greek–Egyptian deal as "null and void" within hours.',
      expect: ['TUR>GRC:111'],
    },
    // a place named after a passive act is where it happened, not who did it
    { text: 'The Turkish ship was seized in Athens.', expect: [], absent: ['GRC>TUR:17'] },
    { text: 'Kenya called the Somali map an auction.', expect: [], absent: ['KEN>SOM:04'] },
    { text: 'Macron called the Turkish president.', expect: ['FRA>TUR:040'] },
  ],
  'courts by their head word, contacts with things, places by adjective, envoys recalled, asides closed': [
    {
      text: 'Kenya filed objections at the International Court of Justice. The objections were rejected by the Court in 2017.',
      expect: ['UNO>KEN:12'],
    },
    {
      text: 'Athens called the Turkish-Libyan maritime text legally void.',
      expect: [],
      absent: ['GRC>TUR:04'],
    },
    {
      text: 'Russian and Belarusian paratroopers held a joint drill in the Grodno region, near the Polish border.',
      expect: ['RUS>BLR:06'],
      absent: ['RUS>POL:06', 'BLR>POL:06'],
    },
    { text: "On 29 November Somalia's ambassador in Nairobi was recalled.", expect: ['SOM>KEN:161'] },
    {
      text: 'EU leaders, meeting in Brussels on 1 September, postponed talks with Russia.',
      expect: [],
      absent: ['EUR>RUS:04'],
    },
  ],
  'offers to a party, worries, appeals from afar, conditional warnings, moratoria lifted': [
    { text: 'Russia offered Iran a loan.', expect: ['RUS>IRN:03'] },
    {
      text: 'Canada is gravely concerned about further arrests of activists in Saudi Arabia.',
      expect: ['CAN>SAU:110'],
    },
    { text: 'Merkel has asked Putin by telephone to use his influence on Minsk.', expect: ['DEU>RUS:020'] },
    {
      text: 'The EU warned that it would use all the instruments at its disposal if Ankara renewed its drilling.',
      expect: ['EUR>TUR:13'],
    },
    {
      text: 'Ottawa lifted the moratorium on arms permits for Riyadh in April 2020.',
      expect: ['CAN>SAU:081'],
    },
  ],
  'a lettered list under its subject': [
    {
      text: 'Accordingly, Riyadh: (a) recalls its ambassador to Canada; (b) freezes all new trade and investment with Canada.',
      expect: ['SAU>CAN:161', 'SAU>CAN:163'],
    },
  ],
  'talks on the sidelines': [
    {
      text: 'Trudeau and Mohammed bin Salman spoke on the margins of the summit in Bangkok.',
      expect: ['CAN>SAU:040'],
    },
    { text: 'Modi met Xi briefly on the sidelines of the summit.', expect: ['IND>CHN:040'] },
  ],
  'a price promised, diplomats leaving, help offered': [
    {
      text: 'China recalled its envoy, warning that the Latvian government must bear all the consequences.',
      expect: ['CHN>LVA:130'],
    },
    { text: 'By mid-December the remaining Latvian diplomats had left Beijing.', expect: ['LVA>CHN:161'] },
    {
      text: "Algeria's forests burned. Morocco offered to send two firefighting aircraft to Algeria.",
      expect: ['MAR>DZA:033'],
    },
  ],
  'verdicts given as an act of something, rejections as biased, admissions': [
    {
      text: 'Georgia arrested four Russian officers. President Vladimir Putin described the arrests as an act of state terrorism.',
      expect: ['RUS>GEO:111'],
    },
    {
      text: 'The EU summit adopted conclusions on Turkey. Ankara rejected the conclusions as biased.',
      expect: ['TUR>EUR:111'],
    },
    {
      text: 'Georgia complained of Russian overflights. Moscow admitted the flights.',
      expect: ['RUS>GEO:015'],
    },
  ],
  'a preposition repeated after "and"': [
    {
      text: "Germany's foreign minister flew to Athens and then to Ankara on 25 August.",
      expect: ['DEU>GRC:042', 'DEU>TUR:042'],
    },
    { text: 'Paris talked with Rome and then with Berlin.', expect: ['FRA>ITA:04', 'FRA>DEU:04'] },
  ],
  'a body by whoever chairs it, the Union after the EU': [
    {
      text: 'On 18 August the High Security Council, chaired by Tebboune, accused Morocco and Israel of supporting the separatists.',
      expect: ['DZA>MAR:112', 'DZA>ISR:112'],
    },
    {
      text: 'The EU filed a case at the WTO. In December 2022 the Union imposed duties on Chinese steel.',
      expect: ['EUR>CHN:163'],
    },
  ],
  "courts' findings, criticism in journalists' words": [
    {
      text: 'The International Court of Justice ruled that Kenya had breached its obligations.',
      expect: ['UNO>KEN:116'],
    },
    // a finding of fact about a thing names no party
    { text: 'Dutch experts found that the missile was Russian.', expect: [], absent: ['NLD>RUS:116'] },
    { text: 'Canberra hit out at Beijing over the tariffs.', expect: ['AUS>CHN:111'] },
    { text: 'The Turkish premier took aim at Greece in his speech.', expect: ['TUR>GRC:111'] },
  ],
  'the object of a relative clause': [
    {
      text: 'Lukashenko, whom Warsaw accused of orchestrating the crisis, denied everything.',
      expect: ['POL>BLR:112'],
    },
    { text: 'Turkey, which Greece has repeatedly condemned, sent the ship back.', expect: ['GRC>TUR:111'] },
    // a relative clause with its own object is read as written
    {
      text: 'Turkey, which Greece had asked to withdraw, sent the ship back.',
      expect: [],
      absent: ['GRC>TUR:11'],
    },
  ],
  'a denial answers its accuser': [
    {
      // the sanctions came between, but the denial answers the accusation
      text: 'Warsaw accused Minsk of staging the crisis. Brussels imposed sanctions on Belarus. Minsk denied any role.',
      expect: ['BLR>POL:016'],
      absent: ['BLR>EUR:016'],
    },
  ],
  'a protest handed over': [
    { text: 'Seoul handed the Japanese ambassador a note of protest.', expect: ['KOR>JPN:114'] },
    { text: 'Seoul handed the Japanese ambassador a letter.', expect: [], absent: ['KOR>JPN:11'] },
  ],
  "a phrase naming the source's own people is no target": [
    {
      text: 'Canberra welcomed the release of the Australian journalist by China.',
      expect: ['AUS>CHN:051'],
    },
  ],
  'disputes and name-calling': [
    {
      text: 'Kenya and Somalia have quarrelled over their maritime boundary since 2014.',
      expect: ['KEN>SOM:11'],
    },
    { text: 'Chile quarrelled with Peru over fishing rights.', expect: ['CHL>PER:11'] },
    {
      text: 'Erdogan called Dutch officials Nazi remnants.',
      expect: ['TUR>NLD:111'],
      absent: ['TUR>NLD:04'],
    },
    { text: 'Saudi-led coalition aircraft struck a bus in northern Yemen.', expect: ['SAU>YEM:19'] },
    { text: 'Suva called the ruling by the Tongan court unjust.', expect: ['FJI>TON:111'] },
    { text: 'Fiji expelled a Tongan envoy. Tonga denied that the envoy had spied.', expect: ['TON>FJI:016'] },
    // a bare "Korean" is the South in current affairs; the North is always named so
    { text: 'Korean consumers boycotted Japanese beer.', expect: ['KOR>JPN:143'] },
    { text: 'North Korean troops shelled a Korean island.', expect: ['PRK>KOR:19'] },
  ],
};

for (const [title, table] of Object.entries(rows))
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });

describe('a meeting asked for, without a pattern for the asking', () => {
  it('is flagged as wanted, not held', () => {
    expect(codedAs(coder, 'Athens wanted a meeting with the Turkish foreign minister.')).not.toContain(
      'GRC>TUR:040',
    );
  });
});

describe('a discussion with no second party named', () => {
  it('codes nothing', () => {
    expect(codedAs(coder, 'Iran discussed the issue at length.')).toEqual([]);
  });
});
