import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/mention.js';
import { governmentInitialMentions } from './government-initials.js';
import { createCoder } from './index.js';

const state = (code: string, name: string): ActorMention => ({
  start: 0,
  end: 0,
  text: name,
  code,
  country: code,
  name,
  entryId: code.toLowerCase(),
  type: 'state',
  how: 'name',
  entryIds: [],
});

describe('governments named by their initials', () => {
  const parties = [state('ZAF', 'South Africa'), state('IND', 'India')];

  it('reads "SAG" and "GOI" as the government of the one party whose initials they are', () => {
    const found = governmentInitialMentions('The SAG told the GOI that it would wait.', [], () => parties);
    expect(found.map((m) => [m.text, m.code])).toEqual([
      ['SAG', 'ZAFGOV'],
      ['GOI', 'INDGOV'],
    ]);
  });
  it('names nobody when the initials fit no party, or two', () => {
    expect(governmentInitialMentions('The GOK said so.', [], () => parties)).toEqual([]);
    const twins = [state('IND', 'India'), state('IRN', 'Iran')];
    expect(governmentInitialMentions('The GOI said so.', [], () => twins)).toEqual([]);
  });
  it('leaves a word the dictionary already read', () => {
    const resolved = { ...state('ZAF', 'South Africa'), start: 4, end: 7, text: 'SAG' };
    expect(governmentInitialMentions('The SAG said so.', [resolved], () => parties)).toEqual([]);
  });
});

describe('a cable', () => {
  const coder = createCoder();
  const cable = [
    'Washington and Pretoria have quarrelled since February.',
    '1. (SBU) POTUS declared the SAG ambassador persona non grata.',
    '2. (SBU) The SAG condemned the expulsion.',
  ].join('\n\n');
  const got = coder
    .codeText(cable, { date: '2025-05-01' })
    .events.map((e) => `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3)}:${e.code}`);

  it('reads POTUS as the American president and the SAG as the South African government', () => {
    expect(got).toContain('USA>ZAF:174');
    expect(got).toContain('ZAF>USA:111');
  });
  it("takes no paragraph's classification marking for a party", () => {
    const { explain } = coder.codeText(cable, { date: '2025-05-01', explain: true });
    const mentions = explain?.sentences.flatMap((s) => s.mentions) ?? [];
    expect(mentions.some((m) => m.startsWith('SAG→ZAF'))).toBe(true);
    expect(mentions.filter((m) => m.startsWith('SBU'))).toEqual([]);
  });
});
