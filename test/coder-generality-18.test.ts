/**
 * Table tests of constructions found missing in the twenty-first session, on sentences of our own:
 * aircraft that bomb a town or a site in it employ aerial weapons, and towns the reviewed
 * gazetteer lacks (generated from GeoNames) stand for their state as targets of force.
 */
import { describe, it } from 'vitest';
import { createCoder } from '../src/coder/index.js';
import { type CoderRow, checkRow } from './helpers/coder-rows.js';

const coder = createCoder();

const rows: Record<string, CoderRow[]> = {
  'aircraft that bomb a town, or a site at a town, employ aerial weapons': [
    { text: 'Chilean jets bombed Tacna in 1880.', expect: ['CHL>PER:195'] },
    { text: 'Peruvian warplanes had already bombed Arica that week.', expect: ['PER>CHL:195'] },
    {
      text: 'Honduran aircraft bombed the airfield at Ilopango in July 1969.',
      expect: ['HND>SLV:195'],
    },
    { text: 'Russian helicopters strafed rebel positions near Idlib.', expect: ['RUS>SYR:195'] },
    // ground troops and gunners attack; they do not bomb from the air
    { text: 'Tanzanian troops took Masaka on 24 February.', expect: ['TZA>UGA:192'] },
    {
      text: 'Ugandan artillery shelled Bukoba in November 1978.',
      expect: ['UGA>TZA:190'],
      absent: ['UGA>TZA:195'],
    },
  ],
  'a town the reviewed gazetteer lacks stands for its state as a target of force': [
    { text: 'Ugandan MiGs bombed Bukoba, the regional town, earlier that month.', expect: ['UGA>TZA:195'] },
    // a town is no party to a meeting, and a name two states' towns share names neither
    {
      text: 'The Ugandan and Kenyan ministers met in Bukoba.',
      expect: ['UGA>KEN:04'],
      absent: ['UGA>TZA', 'KEN>TZA'],
    },
    { text: 'Canadian jets bombed Cordoba.', expect: [] },
  ],
};

for (const [construction, cases] of Object.entries(rows)) {
  describe(construction, () => {
    for (const row of cases) it(row.text, () => checkRow(coder, row, { quietWhenEmpty: true }));
  });
}
