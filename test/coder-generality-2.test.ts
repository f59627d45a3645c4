/**
 * Table tests of constructions found missing in the fifth session, on the sixth development set and
 * on sentences of our own: officials named once with their country and later by name alone, gerunds
 * the tagger reads as nouns, and more. Each row is our own text with the events that must (and must
 * not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'officials named once beside their country': [
    {
      text: 'In March the Chilean foreign minister, Ana Ruiz, condemned Peru. Two weeks later Foreign Minister Ana Ruiz urged Lima to reopen the talks.',
      expect: ['CHL>PER:111', 'CHL>PER:020'],
    },
    {
      text: 'Ruiz met the Peruvian ambassador, Carlos Soto, in Santiago. A day later Soto criticised Chile.',
      expect: ['PER>CHL:111'],
    },
  ],
  'gerunds the tagger reads as nouns still take the discourse partner': [
    {
      text: 'Ghana and Togo quarrelled over the border. Ghana answered by downgrading diplomatic relations.',
      expect: ['GHA>TGO:161'],
    },
  ],
};

for (const [title, table] of Object.entries(rows))
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });
