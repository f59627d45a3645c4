/**
 * Scores the whole pipeline on the twenty-sixth development set (test/fixtures/heldout-dev26/: five original reports
 * in new styles, a diplomatic cable, wire stories, a policy brief, an encyclopedia article and a journal excerpt,
 * written in the fifteenth session without sight of the coder) with ../shared/eval/score.py. The floor only guards
 * against a collapse: pooled core F1 was 0.41 (dated 0.15) when the set was first scored, with that session's code.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'twenty-sixth development set',
  fixture: 'heldout-dev26',
  names: [
    'china-taiwan-2022-brief',
    'egypt-israel-1977-cable',
    'el-salvador-honduras-1969-encyclopedia',
    'ethiopia-somalia-ogaden-journal',
    'koreas-2010-wire',
  ],
  floor: 0.2,
});
