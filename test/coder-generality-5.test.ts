/**
 * Table tests of constructions found missing in the eighth session, on the development sets and
 * on sentences of our own: "it" as a small clause's object before a coordinated verb, an act told
 * without its target in a report on a pair, a company's claim, light verbs that carry a noun act,
 * and the agent of a passive whose subject holds the act. Each row is our own text with the events
 * that must (and must not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  '"it" before a noun phrase is the object of a small clause': [
    {
      text: 'Accra called it a provocation and blamed Togo for the clash.',
      expect: ['GHA>TGO:112'],
    },
    {
      // "said it would" keeps "it" as a subject
      text: 'Togo said it would expel the Ghanaian envoy.',
      expect: [],
      absent: ['GHA>TGO'],
    },
  ],
  'an envoy withdrawn with no party named, in a report on a pair': [
    {
      text: [
        'Relations between Ghana and Togo soured in 2019.',
        'Togo accused Ghana of harbouring rebels.',
        'In March the Ghanaian foreign minister, Kwame Boateng, withdrew the ambassador.',
      ].join(' '),
      expect: ['GHA>TGO:161'],
    },
  ],
  "a company's claim rejected": [
    {
      text: 'Moldova rejects as unfounded the claim of PJSC Gazprom that the gas was retained in transit.',
      expect: ['MDA>RUS:12'],
    },
  ],
  'light verbs that carry a noun act': [
    {
      text: 'Togo raised a formal objection to the Ghanaian proposal.',
      expect: ['TGO>GHA:11'],
    },
  ],
  'the agent of a passive whose subject holds the act': [
    {
      text: 'The application instituting proceedings against Togo was lodged by Ghana in May.',
      expect: ['GHA>TGO:115'],
    },
    {
      text: 'A complaint about Togolese incursions was lodged by Ghana with the council.',
      expect: ['GHA>TGO:114'],
    },
    {
      // a passive whose agent names no one leaves the act without a source
      text: 'The application instituting proceedings against Togo was lodged in May.',
      expect: [],
      absent: ['GHA>TGO'],
    },
  ],
};

for (const [title, table] of Object.entries(rows)) {
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });
}
