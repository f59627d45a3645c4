/**
 * Scores the whole pipeline on the fifth development set (test/fixtures/heldout-dev5/: five original reports
 * written in the fourth session without sight of the coder) with ../shared/eval/score.py. The floor only
 * guards against a collapse: pooled core F1 was 0.45 when the set was first scored.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'fifth development set',
  fixture: 'heldout-dev5',
  names: [
    'greece-turkey-2020',
    'kenya-somalia-2019-2021',
    'poland-belarus-2021',
    'russia-georgia-2006-2008',
    'saudi-canada-2018',
  ],
  floor: 0.3,
});
