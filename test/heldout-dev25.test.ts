/**
 * Scores the whole pipeline on the twenty-fifth development set (test/fixtures/heldout-dev25/: five original reports
 * in new styles, a radio transcript, a debate record, a chronology, a briefing note and a live blog, written at the
 * start of the fifteenth session without sight of the coder) with ../shared/eval/score.py. The floor only guards
 * against a collapse: pooled core F1 was 0.40 (dated 0.35) when the set was first scored, with the session's start code.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'twenty-fifth development set',
  fixture: 'heldout-dev25',
  names: [
    'iceland-uk-cod-wars',
    'israel-iran-2024',
    'russia-ukraine-gas-2006-2009',
    'turkey-syria-2011-2012',
    'vietnam-cambodia-1977-1979',
  ],
  floor: 0.2,
});
