/**
 * Scores the whole pipeline on the twenty-second development set (test/fixtures/heldout-dev22/: five original reports
 * written early in the thirteenth session without sight of the coder) with ../shared/eval/score.py. The floor only
 * guards against a collapse: pooled core F1 was 0.40 (dated 0.17) when the set was first scored, with
 * the session's start code.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'twenty-second development set',
  fixture: 'heldout-dev22',
  names: [
    'czechia-russia-2021',
    'iraq-kuwait-1990-1991',
    'mexico-peru-2022-2023',
    'south-africa-israel-icj-2024',
    'usa-turkey-2018',
  ],
  floor: 0.2,
});
