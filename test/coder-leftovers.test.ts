/**
 * Table tests of gaps found on unseen reports: acts at sea against another state's boats, aircraft
 * (named by model or kind) downed, adjective verdicts on an act ("called the act deplorable"),
 * troops entering a state, and "turned it down" after a proposal. Each row is a short text of our
 * own and the events that must (and must not) come out of it.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const check = (row: CoderRow): void => checkRow(coder, row);

const atSea: CoderRow[] = [
  { text: 'Chinese vessels harassed Malaysian survey ships near the reef.', expect: ['CHN>MYS:170'] },
  { text: 'Chinese coast guard ships blocked Vietnamese fishing boats.', expect: ['CHN>VNM:191'] },
  { text: 'Chinese ships water-cannoned Philippine supply boats.', expect: ['CHN>PHL:171'] },
  {
    // blocking a proposal is no act at sea
    text: 'China blocked the Philippine proposal at the meeting.',
    expect: [],
    absent: ['CHN>PHL:191'],
  },
];

const aircraft: CoderRow[] = [
  { text: 'Pakistan downed an Indian drone.', expect: ['PAK>IND:190'] },
  { text: 'Pakistan downed an Indian MiG-21 over Kashmir.', expect: ['PAK>IND:190'] },
  { text: 'Russia shot down a Turkish F-16.', expect: ['RUS>TUR:190'] },
  { text: 'An Indian Su-30 was shot down by Pakistan.', expect: ['PAK>IND:190'] },
  {
    // prices and spirits are downed too; only a craft of another state makes an attack
    text: 'Pakistan downed the proposal from India.',
    expect: [],
    absent: ['PAK>IND:190'],
  },
];

const downedWithoutAgent: CoderRow[] = [
  {
    // an agentless passive takes the agent from the pair the text is about
    text: 'Turkey and Russia quarrelled over Syria. A Russian jet was downed near the border.',
    expect: ['TUR>RUS:190'],
  },
  {
    text: 'India and Pakistan clashed in February. An Indian MiG-21 was shot down.',
    expect: ['PAK>IND:190'],
  },
  {
    // the subject of an active verb is the attacker, never the target
    text: 'Indian jets shot down a Pakistani drone.',
    expect: ['IND>PAK:190'],
    absent: ['PAK>IND'],
  },
  {
    // with no other party in the text, nobody is guessed
    text: 'An Indian MiG-21 was shot down.',
    expect: [],
    absent: ['PAK>IND'],
  },
];

const verdicts: CoderRow[] = [
  { text: 'Iraq seized a Kuwaiti tanker. Kuwait called the act deplorable.', expect: ['KWT>IRQ:111'] },
  {
    text: 'Mali expelled a French envoy. France described the decision as regrettable.',
    expect: ['FRA>MLI:111'],
  },
  { text: 'Serbia called the Croatian move unfriendly.', expect: ['SRB>HRV:111'] },
  {
    // a favourable verdict is no criticism
    text: 'Serbia called the Croatian move helpful.',
    expect: [],
    absent: ['SRB>HRV:111'],
  },
];

const entering: CoderRow[] = [
  { text: 'Russian troops entered Georgia.', expect: ['RUS>GEO:190'] },
  { text: 'Eritrean forces entered Ethiopia in November.', expect: ['ERI>ETH:190'] },
  { text: 'Russian forces crossed the border and entered Ukraine.', expect: ['RUS>UKR:190'] },
  { text: 'Eritrean troops entered Ethiopian territory.', expect: ['ERI>ETH:190'] },
  {
    // an official crossing by road is no incursion
    text: 'The Indian minister entered Nepalese territory by car.',
    expect: [],
    absent: ['IND>NPL:190'],
  },
  {
    // a state visit is no incursion
    text: 'The Indian prime minister entered Nepal on a state visit.',
    expect: [],
    absent: ['IND>NPL:190'],
  },
];

const retaliation: CoderRow[] = [
  { text: 'Iran retaliated against Israel with missile strikes.', expect: ['IRN>ISR:195'] },
  {
    // retaliation in trade is no air attack
    text: 'Iran retaliated against Israel with sanctions.',
    expect: [],
    absent: ['IRN>ISR:195'],
  },
];

const answers: CoderRow[] = [
  { text: 'Egypt proposed talks. Sudan accepted it.', expect: ['SDN>EGY:030'] },
  {
    // with no act named before, "it" stands for nothing to accept
    text: 'Sudan accepted it.',
    expect: [],
    absent: ['SDN>EGY'],
  },
  { text: 'Egypt proposed talks. Sudan turned it down.', expect: ['SDN>EGY:12'] },
  {
    // turning a state down is no answer to a proposal of its own
    text: 'Egypt proposed talks. Sudan turned the music down.',
    expect: [],
    absent: ['SDN>EGY:12'],
  },
];

const gatherings: CoderRow[] = [
  { text: 'Jordan attended the regional summit in Egypt.', expect: ['JOR>EGY:042'] },
  {
    // a refusal to attend is never coded as a visit that happened: announced, it is a refusal
    text: 'Israel said it would not attend the summit in Turkey.',
    expect: ['ISR>TUR:125'],
    absent: ['ISR>TUR:042'],
  },
  {
    text: 'Saudi Arabia declined to attend the summit in Qatar.',
    expect: ['SAU>QAT:125'],
    absent: ['SAU>QAT:042'],
  },
  { text: 'India refused to attend the regional summit in Pakistan.', expect: ['IND>PAK:125'] },
];

const actsNamedFirst: CoderRow[] = [
  { text: 'The duties that Ottawa levied on Washington hurt farmers.', expect: ['CAN>USA:163'] },
  { text: 'The raids Turkey carried out in Iraq drew protests from Baghdad.', expect: ['TUR>IRQ:195'] },
  {
    // a raid inside one's own country names no foreign target
    text: 'The raids Turkey carried out in Ankara drew protests.',
    expect: [],
    absent: ['TUR>TUR'],
  },
];

describe('coder leftovers: acts at sea against boats', () => {
  it.each(atSea)('$text', check);
});
describe('coder leftovers: aircraft downed', () => {
  it.each(aircraft)('$text', check);
});
describe('coder leftovers: adjective verdicts on an act', () => {
  it.each(verdicts)('$text', check);
});
describe('coder leftovers: troops entering a state', () => {
  it.each(entering)('$text', check);
});
describe('coder leftovers: answers to a proposal', () => {
  it.each(answers)('$text', check);
});
describe('coder leftovers: attending a gathering abroad', () => {
  it.each(gatherings)('$text', check);
});
describe('coder leftovers: an act named before its author', () => {
  it.each(actsNamedFirst)('$text', check);
});
describe('coder leftovers: aircraft downed without a named agent', () => {
  it.each(downedWithoutAgent)('$text', check);
});
describe('coder leftovers: retaliation by air', () => {
  it.each(retaliation)('$text', check);
});
