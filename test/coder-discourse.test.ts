/**
 * Discourse-level recall: the other side of a one-sided act from the document's dyad, country-less
 * agents from context, coordinated subjects, countries inside object phrases, and places that are
 * no parties. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { Discourse, isInherentlyDyadic } from '../src/coder/discourse.js';
import type { CodedEvent } from '../src/coder/event.js';
import { createCoder } from '../src/coder/index.js';
import { loadPatterns } from '../src/coder/patterns.js';

const coder = createCoder();
const code = (text: string): CodedEvent[] => coder.codeText(text, { date: '2019-06-01' }).events;
const dyads = (events: CodedEvent[]): string[] =>
  events
    .filter((e) => !e.negated && !e.hypothetical)
    .map((e) => `${e.source.code}>${e.target?.code}:${e.code}`);
const find = (events: CodedEvent[], src: string, tgt: string): CodedEvent | undefined =>
  events.find((e) => e.source.code.startsWith(src) && e.target?.code.startsWith(tgt));

describe('implicit other party', () => {
  const paragraph =
    'Vietnam and China quarrelled over fishing grounds in the spring. Hanoi lodged a formal protest. ' +
    'Beijing suspended ministerial contacts a week later. Vietnam then rejected the charge.';

  it('fills the missing target with the other member of the current dyad', () => {
    const events = code(paragraph);
    // the quarrel of the first sentence names both sides; the protest of the second names one
    expect(find(events, 'VNM', 'CHN')?.sentenceIndex).toBe(0);
    const protest = events.find((e) => e.sentenceIndex === 1 && e.source.code.startsWith('VNM'));
    expect(protest?.code).toBe('114');
    expect(protest?.target?.origin).toBe('inferred');
    expect(protest?.target?.how).toBe('discourse');
    expect(protest?.target?.span).toBeNull();
    expect(find(events, 'CHN', 'VNM')?.code).toMatch(/^16/);
    // the charge rejected is denied
    expect(events.some((e) => e.source.code === 'VNM' && e.code === '016')).toBe(true);
  });

  it('lowers the confidence of an inferred party', () => {
    const events = code(paragraph);
    const inferred = events.find((e) => e.target?.how === 'discourse');
    const stated = code('Hanoi lodged a formal protest with Beijing.')[0];
    expect(inferred && stated && inferred.confidence < stated.confidence).toBe(true);
  });

  it('takes the focal dyad from a title when nothing else is current', () => {
    const doc = {
      text: '',
      sections: [{ index: 0, heading: 'Chile and Peru at sea', level: 1, start: 0, end: 0 }],
      metadata: {
        title: 'Chile and Peru at sea',
        author: null,
        publishedAt: '2015-01-01',
        sourcePath: '<test>',
        sourceUrl: null,
        contentHash: '',
        format: 'text' as const,
        byteSize: 0,
      },
    };
    const text = 'The fishing dispute had simmered for years. In 2014 Peru suspended ministerial contacts.';
    const sentences = [
      { index: 0, start: 0, end: 44, text: text.slice(0, 44) },
      { index: 1, start: 45, end: text.length, text: text.slice(45) },
    ].map((s) => ({ ...s, paragraphIndex: 0, sectionIndex: 0, citationKeys: [] }));
    const events = coder.codeDocument({ ...doc, text, sentences } as never);
    expect(dyads(events)).toContain('PER>CHL:161');
  });

  it('gives an agentless passive of force its other party as source', () => {
    const events = code(
      'Relations between Japan and China soured in 2010. Four employees of a Japanese construction firm were detained.',
    );
    const arrest = events.find((e) => e.code === '173');
    expect(arrest?.source.code).toBe('CHN');
    expect(arrest?.source.origin).toBe('inferred');
    expect(arrest?.target?.code.slice(0, 3)).toBe('JPN');
  });

  it('gives no target to a statement with no addressee', () => {
    const events = code(
      'Vietnam and China quarrelled over fishing grounds. Hanoi issued a statement on the matter.',
    );
    expect(events.filter((e) => e.code.startsWith('01'))).toEqual([]);
    expect(isInherentlyDyadic('010')).toBe(false);
    expect(isInherentlyDyadic('141')).toBe(false);
    expect(isInherentlyDyadic('114')).toBe(true);
  });

  it('gives no foreign target to an act on the actor’s own people', () => {
    const events = code(
      'Vietnam and China quarrelled over fishing grounds. Beijing arrested dozens of activists.',
    );
    expect(events.filter((e) => e.code === '173')).toEqual([]);
  });

  it('guesses no party for a country outside both dyads', () => {
    const events = code('Vietnam and China quarrelled over fishing grounds. Norway lodged a formal protest.');
    expect(events.filter((e) => e.source.code === 'NOR')).toEqual([]);
  });

  it('guesses no party for a newcomer to the current dyad who is no side of the focal one', () => {
    const events = code(
      'Vietnam and China quarrelled over fishing grounds. Hanoi protested to Beijing. ' +
        'China rejected the protest from Vietnam. Norway and Vietnam met in Oslo. ' +
        'Norway suspended ministerial contacts.',
    );
    expect(dyads(events)).toContain('NOR>VNM:040');
    expect(events.filter((e) => e.source.code === 'NOR' && e.target?.how === 'discourse')).toEqual([]);
  });

  it('relaxes only patterns whose target slot can be left unsaid', () => {
    const d = new Discourse(loadPatterns());
    expect(d.otherParty('CHN', 0)).toBeNull();
    d.observeSentence(0, 'Vietnam and China quarrelled.', [
      {
        start: 0,
        end: 7,
        text: 'Vietnam',
        code: 'VNM',
        country: 'VNM',
        name: 'Vietnam',
        entryId: 'vnm',
        type: 'state',
        how: 'name',
        entryIds: [],
      },
      {
        start: 12,
        end: 17,
        text: 'China',
        code: 'CHN',
        country: 'CHN',
        name: 'China',
        entryId: 'chn',
        type: 'state',
        how: 'name',
        entryIds: [],
      },
    ]);
    // a sentence's actors join the current dyad once the next sentence begins
    expect(d.currentDyad(0)).toEqual([]);
    d.observeSentence(1, 'Talks stalled.', []);
    expect(d.otherParty('CHN', 1)).toBe('VNM');
    expect(d.otherParty('VNM', 1)).toBe('CHN');
    // far past the window, only the focal dyad (here the two named most) still holds
    expect(d.currentDyad(20)).toEqual([]);
    expect(d.otherParty('CHN', 20)).toBe('VNM');
  });
});

describe('country-less agents', () => {
  it('gives "the foreign ministry" the country of the actor that acted last', () => {
    const events = code(
      'Japan and South Korea argued over wartime labour. Seoul suspended a military intelligence pact with Tokyo. ' +
        'The foreign ministry summoned the Japanese ambassador.',
    );
    const summon = events.find((e) => e.code === '114' || e.code.startsWith('11'));
    expect(summon?.source.code).toBe('KORGOV');
    expect(summon?.target?.code.slice(0, 3)).toBe('JPN');
  });

  it('reads the sector of the agent', () => {
    const events = code(
      'Argentina and Britain clashed again over the islands. Buenos Aires protested to London. ' +
        'Then the navy seized a British trawler.',
    );
    const seizure = events.find((e) => e.code === '171');
    expect(seizure?.source.code).toBe('ARGMIL');
    expect(seizure?.target?.code).toBe('GBR');
  });

  it('takes no agent from a word that only modifies a noun', () => {
    const shelling = code(
      'Seoul and Pyongyang traded warnings. Pyongyang fired shells across the military demarcation line.',
    );
    expect(dyads(shelling)).toContain('PRK>KOR:194');
    expect(shelling.some((e) => e.target?.code === 'PRKMIL')).toBe(false);
    const drills = code('Hanoi and Beijing argued over the reef. The military exercises angered Hanoi.');
    expect(drills.some((e) => e.source.code.endsWith('MIL'))).toBe(false);
  });

  it('never reads "the regime" as the speaker’s own government', () => {
    const events = code('Washington and Caracas traded insults. Washington imposed sanctions on the regime.');
    expect(dyads(events)).toContain('USA>VEN:163');
    expect(events.some((e) => e.target?.code === 'USAGOV')).toBe(false);
  });

  it('leaves a named country’s agent to the dictionary', () => {
    const events = code('The Chinese navy seized a Vietnamese trawler.');
    expect(events[0]?.source.code.slice(0, 3)).toBe('CHN');
  });
});

describe('coordinated subjects', () => {
  it('gives each member of the subject an event toward the object, never toward each other', () => {
    const d = dyads(code('Britain, France and Germany criticised Iran for enriching uranium.'));
    expect(d).toEqual(expect.arrayContaining(['GBR>IRN:111', 'FRA>IRN:111', 'DEU>IRN:111']));
    expect(d.some((x) => /^(GBR|FRA|DEU)>(GBR|FRA|DEU)/.test(x))).toBe(false);
  });
});

describe('countries inside object phrases', () => {
  it('takes a demonym in the object as the target', () => {
    expect(dyads(code('Iran seized a British tanker in the strait.'))).toContain('IRN>GBR:171');
    const arrest = code('Beijing arrested a Canadian businessman in December.')[0];
    expect(arrest?.target?.code.slice(0, 3)).toBe('CAN');
  });
});

describe('places', () => {
  it('keeps a country named as a place out of the current dyad', () => {
    const events = code(
      'India and Pakistan traded fire in 2019. Talks were held in Oman. Pakistan lodged a formal protest.',
    );
    const protest = events.find((e) => e.code === '114');
    expect(protest?.target?.code).toBe('IND');
  });
});
