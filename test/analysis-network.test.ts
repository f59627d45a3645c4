import { describe, expect, it } from 'vitest';
import { computeNetwork } from '../src/analysis/index.js';
import { makeEvent } from './analysis-fixtures.js';

const events = [
  makeEvent({ id: 1, source: 'RUSGOV', target: 'IRNGOV', code: '057', goldstein: 8, date: '2007' }),
  makeEvent({ id: 2, source: 'RUS', target: 'IRN', code: '163', goldstein: -8, date: '2010' }),
  makeEvent({ id: 3, source: 'IRN', target: 'SYR', code: '062', goldstein: 7.4, date: '2013' }),
  makeEvent({ id: 4, source: 'USA', target: 'RUS', code: '112', goldstein: -2, date: '2014' }),
  makeEvent({ id: 5, source: 'IRNGOV', target: 'IRNMIL', code: '040', goldstein: 1, date: '2014' }),
  makeEvent({ id: 6, source: 'RUS', target: null, code: '010', date: '2014' }),
];

describe('network', () => {
  it('aggregates edges per country pair with quads, Goldstein and event ids', () => {
    const n = computeNetwork(events, { level: 'country' });
    expect(n.nodes.map((x) => x.id).sort()).toEqual(['IRN', 'RUS', 'SYR', 'USA']);
    const rusIrn = n.edges.find((e) => e.source === 'RUS' && e.target === 'IRN')!;
    expect(rusIrn.count).toBe(2);
    expect(rusIrn.byQuad).toEqual({ 1: 1, 2: 0, 3: 0, 4: 1 });
    expect(rusIrn.meanGoldstein).toBe(0);
    expect(rusIrn.netCooperation).toBe(0);
    expect(rusIrn.eventIds).toEqual([1, 2]);
    expect(rusIrn.start).toBe('2007');
    expect(rusIrn.end).toBe('2010');
    expect(n.edges.length).toBe(3);
  });

  it('gives betweenness to the actor on the paths between others', () => {
    const n = computeNetwork(events, { level: 'country' });
    const by = Object.fromEntries(n.nodes.map((x) => [x.id, x]));
    // USA→RUS→IRN→SYR: RUS and IRN lie between, the ends do not
    expect(by.RUS.betweenness).toBeGreaterThan(0);
    expect(by.IRN.betweenness).toBeGreaterThan(0);
    expect(by.USA.betweenness).toBe(0);
    expect(by.SYR.betweenness).toBe(0);
    expect(by.RUS.weightedDegree).toBe(3);
    expect(by.RUS.degree).toBe(2);
  });

  it('keeps sectors apart at sector level and people apart at person level', () => {
    const sector = computeNetwork(events, { level: 'sector' });
    expect(sector.edges.some((e) => e.source === 'IRNGOV' && e.target === 'IRNMIL')).toBe(true);
    const people = computeNetwork(
      [
        makeEvent({
          source: 'RUSGOV',
          sourceName: 'Vladimir Putin',
          target: 'IRNGOV',
          targetName: 'Hassan Rouhani',
          code: '040',
        }),
        makeEvent({
          source: 'RUSGOV',
          sourceName: 'Sergei Lavrov',
          target: 'IRNGOV',
          targetName: 'Hassan Rouhani',
          code: '040',
        }),
      ],
      { level: 'person' },
    );
    expect(people.nodes.map((x) => x.label).sort()).toEqual([
      'Hassan Rouhani',
      'Sergei Lavrov',
      'Vladimir Putin',
    ]);
    expect(people.edges.length).toBe(2);
  });
});
