import { describe, expect, it } from 'vitest';
import { formatDay, parseDateOrInterval } from './day-range.js';
import { parseBound } from './entente-format.js';
import { tokenize } from './tokenize.js';

const show = (text: string) => tokenize(text).map((t) => (t.kind === 'word' ? t.key : `[${t.key}]`));

describe('tokenize', () => {
  it('keeps dotted abbreviations whole and splits possessives and hyphens', () => {
    expect(show("U.S.-led talks and Iran's envoy")).toEqual([
      'us',
      '[-]',
      'led',
      'talks',
      'and',
      'iran',
      "['s]",
      'envoy',
    ]);
  });

  it('keeps inner apostrophes, folds accents and curly quotes, marks plural possessives', () => {
    expect(show('Ya’alon met Erdoğan; the Iranians’ view')).toEqual([
      "ya'alon",
      'met',
      'erdogan',
      '[;]',
      'the',
      'iranians',
      "['s]",
      'view',
    ]);
  });

  it('records capitalisation and offsets that re-read the text', () => {
    const text = 'then the Kremlin';
    const toks = tokenize(text);
    expect(toks.map((t) => t.cap)).toEqual([false, false, true]);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['then', 'the', 'Kremlin']);
  });
});

describe('dates', () => {
  it('reads partial dates and intervals as day ranges', () => {
    const r = parseDateOrInterval('2006-06/2010-06');
    expect(r && [formatDay(r.first), formatDay(r.last)]).toEqual(['2006-06-01', '2010-06-30']);
    expect(parseDateOrInterval('June 2010')).toBeNull();
  });

  it('treats a full end date as exclusive and a partial one as covering its period', () => {
    expect(formatDay(parseBound('2005-08-24', true) as number)).toBe('2005-08-24');
    expect(formatDay(parseBound('2005', true) as number)).toBe('2006-01-01');
    expect(parseBound('2005-13', false)).toBeNull();
  });
});
