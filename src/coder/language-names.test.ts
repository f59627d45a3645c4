import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../actors/index.js';
import { isLanguageName } from './language-names.js';

const resolver = loadDefaultResolver();
const languages = (text: string) =>
  resolver
    .findMentions(text)
    .filter((m) => isLanguageName(m, text))
    .map((m) => m.text);

describe('isLanguageName', () => {
  it('reads a demonym before a word for a text or a speech as a language', () => {
    expect(languages('White Paper 2021, Chapter 2 (English translation)')).toEqual(['English']);
    expect(languages('A French translation came out later.')).toEqual(['French']);
  });
  it('reads a list of languages closing a phrase after "in" as languages', () => {
    expect(languages('The treaty was signed in Arabic, Hebrew and English.')).toEqual(['English']);
  });
  it('leaves a people named before a party or a thing of theirs alone', () => {
    expect(languages('Pyongyang seized English ships in French waters.')).toEqual([]);
    expect(languages('The talks were held in Accra with the French delegation.')).toEqual([]);
  });
});
