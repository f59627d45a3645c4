/**
 * Table tests of constructions found missing in the twelfth session, on the twentieth development
 * set (a cable, a meeting record, a timeline) and on sentences of our own. Each row is our own text
 * with the events that must (and must not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  "a head of state's office speaks for its state": [
    {
      text: 'Canberra expelled the Indonesian envoy. The Presidency called the expulsion regrettable.',
      expect: ['IDN>AUS:111'],
      absent: ['AUS>IDN:111'],
    },
    {
      text: 'Warsaw recalled its ambassador from Budapest. The Hungarian presidency called the recall an insult.',
      expect: ['HUN>POL:111'],
    },
  ],
  "a body the context places does not judge its own side's act": [
    {
      text: 'Madrid expelled two Moroccan diplomats. The foreign ministry called the expulsions unjustified.',
      expect: ['MAR>ESP:111'],
      absent: ['ESP>MAR:111'],
    },
    {
      // a verdict on a person, not on the act before it, keeps the speaker the context gives
      text: 'Ottawa sent a minister to the funeral in Havana. The foreign ministry called the late leader a tyrant.',
      expect: [],
      absent: ['CUB>CAN:111'],
    },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row));
  });
}
