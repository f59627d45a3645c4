/**
 * Scores the whole pipeline on the twenty-first development set (test/fixtures/heldout-dev21/: five original reports
 * written late in the twelfth session without sight of the coder) with ../shared/eval/score.py. The floor only
 * guards against a collapse: pooled core F1 was 0.42 (dated 0.33) when the set was first scored, with
 * the session's start code.
 */
import { describeDevelopmentSet } from './helpers/heldout-scoring.js';

describeDevelopmentSet({
  label: 'twenty-first development set',
  fixture: 'heldout-dev21',
  names: [
    'algeria-spain-2022',
    'czechia-china-2020',
    'india-canada-2023-2024',
    'kenya-haiti-mission-2024',
    'sudan-uae-2024-2025',
  ],
  floor: 0.2,
});
