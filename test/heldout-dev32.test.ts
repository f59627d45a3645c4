/**
 * Scores the whole pipeline on the thirty-second development set (test/fixtures/heldout-dev32/: five original
 * reports in new styles, an obituary, a lecture's slides with speaker notes, an analytic assessment with estimative
 * language, an exam paper with its marking guide and a transcript of two leaders' remarks, written in the twentieth
 * session without sight of the coder) with ../shared/eval/score.py. The floor only guards against a collapse: pooled
 * core F1 was 0.40 (dated 0.32) when the set was first scored, with the session's start code.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'thirty-second development set',
  fixture: 'heldout-dev32',
  names: [
    'hungary-slovakia-danube-assessment',
    'indonesia-malaysia-konfrontasi-slides',
    'iran-saudi-obituary',
    'new-zealand-france-rainbow-warrior-exam',
    'usa-canada-bilateral-remarks',
  ],
  floor: 0.3,
});
