/**
 * Table tests of constructions found missing in the thirteenth session, on the twenty-second
 * development set and on sentences of our own. Each row is our own text with the events that must
 * (and must not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  "a verdict on the other side's act in a reported clause": [
    {
      text: 'Officials in Accra said the Togolese measures amounted to aggression against Ghana.',
      expect: ['GHA>TGO:111'],
    },
    { text: "Hanoi said Beijing's conduct had been reckless.", expect: ['VNM>CHN:111'] },
    { text: "Beijing's conduct had been reckless, Hanoi said.", expect: ['VNM>CHN:111'] },
    {
      text: 'The Ghanaian president wrote that the Togolese decision constituted a flagrant violation of the treaty.',
      expect: ['GHA>TGO:111'],
    },
    // a neutral predicate is no verdict
    { text: 'Lima said the Bolivian decision had been taken in haste.', expect: [], absent: ['PER>BOL:111'] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row));
  });
}
