/**
 * Scores the whole pipeline on the third development set (test/fixtures/heldout-dev3/: five original reports
 * written in the third session without sight of the coder) with ../shared/eval/score.py. The floor only
 * guards against a collapse: pooled core F1 was 0.56 when the set was first scored.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'third development set',
  fixture: 'heldout-dev3',
  names: [
    'australia-china-2017-2021',
    'ethiopia-eritrea-2018-2020',
    'japan-south-korea-2018-2019',
    'serbia-kosovo-2008-2023',
    'venezuela-colombia-2015-2022',
  ],
  floor: 0.4,
});
