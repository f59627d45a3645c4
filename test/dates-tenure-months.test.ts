/**
 * A yearless month in a sentence naming an office-holder by title lies within that person's
 * tenure, whatever year a flashback before it reached back to.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentTimeline, formatTimeValue, type TenureLookup } from '../src/dates/index.js';
import { buildDocument } from './helpers/sentence-timeline.js';

// a stand-in for the actor dictionary: one leader, in office from May 2017 to May 2022
const lookup: TenureLookup = (name) =>
  name === 'President Kwame Mensah'
    ? { start: '2017-05', end: '2022-05', precision: 'range', type: 'range', inferred: true }
    : null;

describe('a yearless month and the tenure of the office-holder named', () => {
  it('dates the act in the timeline: a flashback ten years back does not give the year', () => {
    const doc = buildDocument(
      [
        [
          'Kofi Annan and Ama Owusu, two Ghanaian diplomats arrested in 2009, were expelled by Lome on 29 April.',
          'The ring had been broken up in Lome ten years earlier on a tip-off from Accra.',
          'President Kwame Mensah had refused their recall in December.',
        ],
      ],
      '2019-05-01',
    );
    const at = (tenureLookup: TenureLookup | undefined) => {
      const s = doc.sentences[2];
      const k = s.text.indexOf('refused');
      const timeline = createDocumentTimeline(doc, { tenureLookup });
      return formatTimeValue(timeline.dateFor(2, s.start + k, s.start + k + 7).value);
    };
    expect(at(lookup)).toBe('2018-12');
    // without the dictionary's tenures, the flashback's year
    expect(at(undefined)).toBe('2008-12');
  });
});
