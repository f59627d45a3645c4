/**
 * Scores the whole pipeline on the fourth development set (test/fixtures/heldout-dev4/: five original reports
 * written in the fourth session without sight of the coder) with ../shared/eval/score.py. The floor only
 * guards against a collapse: pooled core F1 was 0.43 when the set was first scored.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'fourth development set',
  fixture: 'heldout-dev4',
  names: [
    'france-mali-2013-2022',
    'israel-uae-2020-2023',
    'lithuania-china-2021-2022',
    'morocco-algeria-2020-2023',
    'sudan-south-sudan-2011-2013',
  ],
  floor: 0.3,
});
