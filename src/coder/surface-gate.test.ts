import { describe, expect, it } from 'vitest';
import { irregularBases } from '../nlp/irregular-verbs.js';
import { PatternIndex } from './match.js';
import { loadPatterns } from './patterns.js';
import { createSurfaceGate, gateForms } from './surface-gate.js';

const index = new PatternIndex(loadPatterns());
const gate = createSurfaceGate([index], irregularBases(), index.triggerWords);

describe('the gate before tagging', () => {
  it.each([
    'The minister signed an accord with Peru.',
    'Lima and Quito held talks in May.',
    'Hanoi forgave the debt that Laos owed it.',
    // the pattern's words inflected, in a compound, or behind a contraction
    'Oslo re-imposed the duties on Icelandic fish.',
    "Minsk didn't recognise the vote in Vilnius.",
    'Ankara was accusing Athens of provocations.',
  ])('lets through a sentence some pattern could code: %s', (text) => {
    expect(gate(text)).toEqual([true]);
  });

  it('turns away a sentence without a trigger word before reading its patterns', () => {
    expect(gate('Prices rose in the spring.')).toBeNull();
  });

  it.each([
    // a trigger word ("signed", "held", "took") whose patterns want words these lack
    "The minister signed the visitors' book.",
    'Peru held elections in April.',
    "Chile's president took office in March.",
    'The harvest was poor, and prices rose.',
  ])('turns away a sentence no pattern can match: %s', (text) => {
    expect(gate(text) ?? [false]).toEqual([false]);
  });

  it('reduces inflected words to every base a suffix may hide', () => {
    expect(gateForms('accused')).toEqual(expect.arrayContaining(['accus', 'accuse', 'accused']));
    expect(gateForms('expelling')).toEqual(expect.arrayContaining(['expell', 'expel']));
    expect(gateForms('parties')).toContain('party');
  });
});
