/**
 * Table tests of constructions found missing in the seventh session, on the development sets and
 * on sentences of our own: a new clause whose subject carries a name in apposition, the author of
 * a word or deed named after "of", and a document written in a ministry's own voice. Each row is
 * our own text with the events that must (and must not) come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'a new clause whose subject has a name in apposition': [
    {
      text: 'Protesters burned a flag in Lome, and the Ghanaian foreign minister, Kwame Boateng, condemned the Togolese authorities.',
      expect: ['GHA>TGO:111'],
    },
    {
      // a list set off by commas is still one list
      text: 'Ghana, Benin and Togo signed the protocol in Accra.',
      expect: ['GHA>BEN:057', 'GHA>TGO:057'],
    },
  ],
  'the author of a word or deed named after "of"': [
    {
      text: 'Ghana rejected the claims of Togo that its troops had crossed the river.',
      expect: ['GHA>TGO:12'],
    },
    {
      // a predicate adjective may stand between the verb and its object
      text: 'Ghana rejects as unfounded and insulting the statement of the Togolese foreign ministry.',
      expect: ['GHA>TGO:12'],
    },
    {
      // after "of", an act's victim is no author: a place stays no party
      text: 'Ghana condemned the shelling of Lome.',
      expect: [],
      absent: ['GHA>TGO:12'],
    },
  ],
  "a document in a ministry's own voice": [
    {
      text: [
        'This bulletin collects the statements of the Ministry of Foreign Affairs of the Republic of Ghana.',
        'The Ministry rejects the remarks of the Ministry of Foreign Affairs of the Togolese Republic.',
        'The Ministry also condemns the detention of two Ghanaian traders by the Togolese police.',
      ].join(' '),
      expect: ['GHA>TGO:12', 'GHA>TGO:111'],
      absent: ['TGO>GHA'],
    },
    {
      // without a body named in the opening lines, "the ministry" is whoever's was named last
      text: [
        'Togo and Ghana quarrelled over the river in 2019.',
        "Togo's foreign ministry summoned the Ghanaian ambassador.",
        'The ministry also protested against the detention of two Togolese traders.',
      ].join(' '),
      expect: ['TGO>GHA:114'],
      absent: ['GHA>TGO'],
    },
  ],
};

for (const [title, table] of Object.entries(rows))
  describe(title, () => {
    for (const row of table) it(row.text, () => checkRow(coder, row));
  });
