import { describe, expect, it } from 'vitest';
import { combiningForms } from './combining-forms.js';

const countries = (text: string) => combiningForms(text).map((f) => `${f.text}=${f.country}`);

describe('combiningForms', () => {
  it('reads a form before a hyphen and a capital as its state', () => {
    expect(countries('the Franco-German brigade')).toEqual(['Franco=FRA']);
    expect(countries('Sino-Soviet relations and the Anglo-Irish agreement')).toEqual([
      'Sino=CHN',
      'Anglo=GBR',
    ]);
    expect(countries('the Indo-Pakistani war of 1965')).toEqual(['Indo=IND']);
    expect(countries('the Russo–Japanese War')).toEqual(['Russo=RUS']);
  });

  it('leaves a surname, a region and a language family alone', () => {
    expect(countries('General Franco ruled Spain.')).toEqual([]);
    expect(countries('the Indo-Pacific and the Indo-European languages')).toEqual([]);
    expect(countries('Anglo-Saxon law')).toEqual([]);
    expect(countries('a franco-phone reader')).toEqual([]);
  });
});
