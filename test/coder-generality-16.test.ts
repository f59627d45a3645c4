/**
 * Table tests of constructions found missing in the nineteenth session, on the development sets
 * and on sentences of our own. Each row is our own text with the events that must (and must not)
 * come out.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'an envoy recalled to a capital is recalled by that capital': [
    {
      text: 'Ghana closed the border in May. The Togolese ambassador was recalled to Lome for consultations.',
      expect: ['TGO>GHA:161'],
      absent: ['GHA>TGO:161'],
    },
    // the post named with the object between ("its ambassador to Qatar") is the other party
    { text: 'Egypt recalled its ambassador to Qatar.', expect: ['EGY>QAT:161'] },
  ],
  "the other side's shells or rockets landing in a state's town": [
    { text: 'Togolese shells landed in the Ghanaian village of Aflao.', expect: ['TGO>GHA:194'] },
    {
      text: 'A shell fired by Togolese troops landed on a house in the Ghanaian town of Aflao.',
      expect: ['TGO>GHA:194'],
    },
    { text: 'Togolese rockets fell on the Ghanaian port of Tema in March.', expect: ['TGO>GHA:195'] },
    // a delegation landing is a visit, and shells landing on one's own ground are no act between states
    { text: 'The Togolese delegation landed in Accra.', expect: ['TGO>GHA:042'] },
    { text: 'Togolese shells landed in a Togolese village.', expect: [] },
  ],
  'where an act took place, between the verb and its infinitive': [
    {
      text: 'Ghana and Togo agreed in Lome in May 1984 to respect each other’s borders.',
      expect: ['GHA>TGO:057'],
    },
    {
      text: 'In 1984 the two chiefs of staff of Ghana and Togo agreed at Kpalime to halt the fighting.',
      expect: ['GHA>TGO:057'],
    },
    // "in principle" is no place
    { text: 'Ghana agreed in principle to sell gas to Togo.', expect: ['GHA>TGO:061'] },
  ],
  'a set adverbial phrase inside a verb group': [
    {
      text: 'Ghana hosted the Togolese premier in May. The Ghanaian president was in turn received in Lome in June.',
      expect: ['GHA>TGO:042'],
    },
    { text: 'Ghana once again expelled two Togolese diplomats.', expect: ['GHA>TGO:174'] },
  ],
  'a pair founding a body together': [
    { text: 'In 1975 Ghana and Togo set up a joint commission on the border.', expect: ['GHA>TGO:057'] },
    { text: 'Ghana formed a customs union with Togo in 1990.', expect: ['GHA>TGO:057'] },
    // a body of one state's own, and a founding meeting merely hosted, are no joint founding
    {
      text: 'Ghana and Togo are neighbours. Ghana set up a commission of inquiry into the riots.',
      expect: [],
    },
    { text: 'Accra hosted the founding meeting of the gas forum.', expect: [] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}
