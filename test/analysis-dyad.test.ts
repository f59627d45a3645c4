import { describe, expect, it } from 'vitest';
import { computeDyadSeries, renderDyadTable, sparkline } from '../src/analysis/index.js';
import { makeEvent } from './analysis-fixtures.js';

const events = [
  makeEvent({ id: 1, source: 'RUSGOV', target: 'IRN', code: '057', goldstein: 8, date: '2007-03-10' }),
  makeEvent({ id: 2, source: 'IRNGOV', target: 'RUS', code: '042', goldstein: 1.9, date: '2007-03' }),
  // dated only to the year: must not land in January
  makeEvent({ id: 3, source: 'RUS', target: 'IRN', code: '061', goldstein: 6.4, date: '2007' }),
  makeEvent({ id: 4, source: 'RUS', target: 'IRNGOV', code: '163', goldstein: -8, date: '2007-06-01' }),
  makeEvent({ id: 5, source: 'IRN', target: 'RUS', code: '115', goldstein: -2, date: '2007-11-20' }),
  makeEvent({ id: 6, source: 'USA', target: 'IRN', code: '163', goldstein: -8, date: '2007-05-01' }),
  makeEvent({ id: 7, source: 'IRNMIL', target: 'RUSMIL', code: '062', goldstein: 7.4, date: '2008-02-02' }),
  makeEvent({ id: 8, source: 'RUS', target: 'IRN', code: '010', goldstein: 0, date: null }),
];

describe('dyad series', () => {
  it('counts per year with quad cells, Goldstein and net cooperation', () => {
    const s = computeDyadSeries(events, 'IRN', 'RUS', { by: 'year' });
    expect(s.rows.map((r) => r.period)).toEqual(['2007', '2008']);
    const y2007 = s.rows[0];
    expect(y2007.quads[1].eventIds.sort()).toEqual([1, 2]);
    expect(y2007.quads[2].eventIds).toEqual([3]);
    expect(y2007.quads[4].eventIds).toEqual([4]);
    expect(y2007.quads[3].eventIds).toEqual([5]);
    expect(y2007.total).toBe(5);
    expect(y2007.netCooperation).toBe(1);
    expect(y2007.goldsteinSum).toBeCloseTo(8 + 1.9 + 6.4 - 8 - 2);
    expect(y2007.goldsteinMean).toBeCloseTo((8 + 1.9 + 6.4 - 8 - 2) / 5);
    expect(s.undatedEventIds).toEqual([8]);
    expect(s.coarseEventIds).toEqual([]);
  });

  it('keeps a year-precision event in a monthly series in its own bucket row, not in January', () => {
    const s = computeDyadSeries(events, 'IRN', 'RUS', { by: 'month', to: '2007-12' });
    expect(s.coarse).toBe('bucket');
    expect(s.coarseEventIds).toEqual([3]);
    expect(s.coarseNote).toMatch(/1 event.*bucket/);
    const jan = s.rows.find((r) => r.period === '2007-01');
    expect(jan?.total).toBe(0);
    const bucket = s.rows.find((r) => r.coarse);
    expect(bucket?.period).toBe('2007 (year)');
    expect(bucket?.eventIds).toEqual([3]);
    // the bucket row follows December, and every month in between is present
    const labels = s.rows.map((r) => r.period);
    expect(labels.indexOf('2007 (year)')).toBe(labels.indexOf('2007-12') + 1);
    expect(labels.filter((l) => l.startsWith('2007-')).length).toBe(12);
  });

  it('spreads a year-precision event over the months in proportion to days', () => {
    const s = computeDyadSeries(events, 'IRN', 'RUS', { by: 'month', coarse: 'spread' });
    expect(s.coarse).toBe('spread');
    const jan = s.rows.find((r) => r.period === '2007-01')!;
    const feb = s.rows.find((r) => r.period === '2007-02')!;
    expect(jan.quads[2].count).toBeCloseTo(31 / 365);
    expect(feb.quads[2].count).toBeCloseTo(28 / 365);
    const spreadTotal = s.rows.reduce((sum, r) => sum + r.quads[2].count, 0);
    // event 3 spread over 2007 plus event 7 whole in 2008-02
    expect(spreadTotal).toBeCloseTo(2);
    expect(s.rows.some((r) => r.coarse)).toBe(false);
  });

  it('directed series keeps only events from a to b', () => {
    const s = computeDyadSeries(events, 'RUS', 'IRN', { by: 'year', directed: true });
    const ids = s.rows.flatMap((r) => r.eventIds).sort();
    expect(ids).toEqual([1, 3, 4]);
    const undirected = computeDyadSeries(events, 'RUS', 'IRN', { by: 'year' });
    expect(undirected.rows.flatMap((r) => r.eventIds).sort()).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('splits by sector at sector level (IRNMIL vs IRNGOV toward RUS)', () => {
    const sectorEvents = [
      makeEvent({ id: 11, source: 'IRNMIL', target: 'RUS', code: '062', date: '2015' }),
      makeEvent({ id: 12, source: 'IRNMIL', target: 'RUSMIL', code: '061', date: '2015' }),
      makeEvent({ id: 13, source: 'IRNGOV', target: 'RUS', code: '112', date: '2015' }),
      makeEvent({ id: 14, source: 'IRNGOVMIL', target: 'RUS', code: '172', date: '2016' }),
    ];
    const s = computeDyadSeries(sectorEvents, 'IRN', 'RUS', { by: 'year', level: 'sector', directed: true });
    expect(s.lines.map((l) => l.key)).toEqual(['IRNGOV→RUS', 'IRNMIL→RUS', 'IRNMIL→RUSMIL']);
    const gov = s.lines.find((l) => l.key === 'IRNGOV→RUS')!;
    expect(gov.rows.map((r) => r.netCooperation)).toEqual([-1, -1]);
    const mil = s.lines.find((l) => l.key === 'IRNMIL→RUS')!;
    expect(mil.rows.find((r) => r.period === '2015')?.netCooperation).toBe(1);
    expect(s.rows.find((r) => r.period === '2015')?.total).toBe(3);
  });

  it('renders a table with a bar per period', () => {
    const s = computeDyadSeries(events, 'IRN', 'RUS', { by: 'year' });
    const text = renderDyadTable(s);
    expect(text).toMatch(/^IRN – RUS by year/);
    expect(text.split('\n').filter((l) => l.startsWith('2007')).length).toBe(1);
    expect(text).toContain('█');
    expect(sparkline([0, 5, 10])).toBe('▁▅█');
  });
});
