import { describe, expect, it } from 'vitest';
import { findOfficeStarts, type TenureLookup } from './tenure.js';

// a stand-in for the actor dictionary: one leader, known by full name or by title and surname
const lookup: TenureLookup = (name) =>
  name === 'Kwame Mensah' || name === 'President Mensah'
    ? { start: '2017-05', end: '2022-05', precision: 'range', type: 'range', inferred: true }
    : null;

const read = (text: string) =>
  findOfficeStarts(text, lookup).map((c) => `${c.text}=${c.value?.start}/${c.value?.precision}`);

describe('times told by a leader taking office', () => {
  it('dates "within ten days of taking office" by the month the leader named before it took office', () => {
    expect(read('Kwame Mensah sent an envoy to Lome within ten days of taking office.')).toEqual([
      'within ten days of taking office=2017-05/month',
    ]);
  });

  it('reads the leader named right after it, by title and surname', () => {
    expect(read('Soon after taking office, President Mensah sent an envoy to Lome.')).toEqual([
      'Soon after taking office=2017-05/month',
    ]);
  });

  it('dates nothing when the dictionary knows no such leader', () => {
    expect(read('Ama Owusu sent an envoy to Lome soon after taking office.')).toEqual([]);
    expect(read('Kwame Mensah sent an envoy to Lome.')).toEqual([]);
  });
});
