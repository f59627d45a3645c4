import { describe, expect, it } from 'vitest';
import { findOfficeStarts, movedIntoTenure, type TenureLookup, titledTenures } from './tenure.js';

// a stand-in for the actor dictionary: one leader, known by full name or by title and surname
const lookup: TenureLookup = (name) =>
  name === 'Kwame Mensah' || name === 'President Mensah' || name === 'President Kwame Mensah'
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

describe('a yearless month inside the tenure of the office-holder the sentence names', () => {
  const month = (m: string) =>
    ({ start: m, end: m, precision: 'month', type: 'exact', inferred: true }) as const;
  const tenures = titledTenures('President Kwame Mensah had vetoed the bill in March.', lookup) ?? [];

  it('reads the tenure of a titled name, not of a former holder', () => {
    expect(tenures.map((t) => `${t.start}/${t.end}`)).toEqual(['2017-05/2022-05']);
    expect(titledTenures('Former President Kwame Mensah had vetoed it in March.', lookup)).toBeNull();
    expect(titledTenures('Kwame Mensah had vetoed it in March.', lookup)).toBeNull();
  });

  it('moves the month to the last year of the tenure not after the writing', () => {
    const writing = month('2019-06');
    expect(movedIntoTenure(month('2008-03'), tenures, writing)?.start).toBe('2019-03');
    expect(movedIntoTenure(month('2008-12'), tenures, writing)?.start).toBe('2018-12');
    // no writing date: the year of the tenure nearest the story's
    expect(movedIntoTenure(month('2008-12'), tenures, null)?.start).toBe('2017-12');
    // already inside: left alone
    expect(movedIntoTenure(month('2018-03'), tenures, writing)).toBeNull();
  });
});
