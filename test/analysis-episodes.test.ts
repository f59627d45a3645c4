import { describe, expect, it } from 'vitest';
import { computeEpisodes, findPromiseReversals, findTurningPoints } from '../src/analysis/index.js';
import { makeEvent } from './analysis-fixtures.js';

const events = [
  makeEvent({
    id: 1,
    source: 'RUS',
    target: 'IRN',
    code: '057',
    goldstein: 8,
    date: '2007',
    sentence: 'Moscow signed a contract in 2007 to deliver S-300 batteries to Tehran.',
  }),
  makeEvent({
    id: 2,
    source: 'RUS',
    target: 'IRN',
    code: '036',
    goldstein: 4,
    date: '2009',
    sentence: 'Russian officials said they wanted to expand trade in wheat with Iran.',
  }),
  makeEvent({
    id: 3,
    source: 'RUS',
    target: 'IRN',
    code: '1721',
    goldstein: -5,
    date: '2010-09',
    sentence: 'A Kremlin decree in September 2010 prohibited the delivery of the S-300 batteries.',
  }),
  makeEvent({
    id: 4,
    source: 'IRN',
    target: 'RUS',
    code: '115',
    goldstein: -2,
    date: '2011',
    sentence: 'Tehran took the Russian arms exporter to court in Geneva over the S-300 contract.',
  }),
  makeEvent({
    id: 5,
    source: 'RUS',
    target: 'IRN',
    code: '042',
    goldstein: 1.9,
    date: '2015',
    sentence: 'The Russian president travelled to Tehran.',
  }),
  makeEvent({
    id: 6,
    source: 'USA',
    target: 'IRN',
    code: '163',
    goldstein: -8,
    date: '2010',
    sentence: 'Washington widened the embargo on S-300 parts.',
  }),
];

describe('episodes', () => {
  it('finds the promise → ban → lawsuit reversal on the same subject', () => {
    const found = findPromiseReversals(events, 'IRN', 'RUS', 3);
    expect(found.length).toBe(1);
    const ep = found[0];
    expect(ep.promise.id).toBe(1);
    expect(ep.reversals.map((r) => r.id)).toEqual([3, 4]);
    expect(ep.topic).toContain('s-300');
    expect(ep.start).toBe('2007');
    expect(ep.end).toBe('2011');
  });

  it('does not link a reversal that comes beyond the window', () => {
    const late = [
      events[0],
      makeEvent({
        id: 9,
        source: 'RUS',
        target: 'IRN',
        code: '163',
        date: '2014',
        sentence: 'Russia halted S-300 talks.',
      }),
    ];
    expect(findPromiseReversals(late, 'IRN', 'RUS', 3)).toEqual([]);
    expect(findPromiseReversals(late, 'IRN', 'RUS', 7).length).toBe(1);
  });

  it('marks turning points where net cooperation changes sign', () => {
    const tps = findTurningPoints(events, 'IRN', 'RUS', 'year');
    expect(tps.map((t) => [t.previousPeriod, t.period, t.direction])).toEqual([
      ['2009', '2010', 'toward-conflict'],
      ['2011', '2015', 'toward-cooperation'],
    ]);
    expect(tps[0].eventIds).toEqual([3]);
    expect(computeEpisodes(events, 'IRN', 'RUS').map((e) => e.kind)).toEqual([
      'promise-reversal',
      'turning-point',
      'turning-point',
    ]);
  });
});
