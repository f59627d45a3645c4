import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from '../actors/index.js';
import { Discourse } from './discourse.js';

describe('the pair a report is about', () => {
  const resolver = loadDefaultResolver();

  it.each([
    ['The Dutch-Turkish quarrel in nine questions', ['NLD', 'TUR']],
    ['Iran–Russia relations after 2015', ['IRN', 'RUS']],
    ['Chile and Bolivia before the World Court', ['CHL', 'BOL']],
  ])('is read from the title "%s"', (title, pair) => {
    const discourse = new Discourse([]);
    discourse.begin({ metadata: { title } }, resolver);
    expect([...discourse.focalDyad()].sort()).toEqual([...pair].sort());
  });
});
