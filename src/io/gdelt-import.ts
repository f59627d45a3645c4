/**
 * GDELT rows (1.0 historical and daily, 2.0 export) to external events. The layout is chosen per
 * row by its column count, because GDELT 1.0 files mix 57- and 58-column rows. The row is split
 * once and read by column position; the fields array itself becomes the event's raw row.
 * @module
 */
import type { ExternalEvent } from '../store/store.js';
import { codeFacts, externalActor } from './external-actor.js';
import { type GdeltLayout, gdeltLayoutFor } from './gdelt-columns.js';

export type GdeltRow =
  | { kind: 'event'; layout: string; event: ExternalEvent }
  | { kind: 'mention'; eventId: string; url: string }
  | { kind: 'error'; reason: string };

const DIGITS = /^\d+$/;
const SQLDATE = /^(\d{4})(\d{2})(\d{2})$/;
const CAMEO = /^\d{2,4}$/;

/** codes repeat across millions of rows; the ontology lookups behind codeFacts need not */
const factsByCode = new Map<string, ReturnType<typeof codeFacts>>();

function factsOf(code: string): ReturnType<typeof codeFacts> {
  let facts = factsByCode.get(code);
  if (facts === undefined) {
    facts = codeFacts(code);
    factsByCode.set(code, facts);
  }
  return facts;
}

function field(layout: GdeltLayout, fields: readonly string[], column: string): string {
  const i = layout.index.get(column);
  return i === undefined ? '' : fields[i];
}

export function parseGdeltLine(line: string): GdeltRow {
  const fields = line.split('\t');
  const layout = gdeltLayoutFor(fields.length);
  if (!layout)
    return {
      kind: 'error',
      reason: `${fields.length} tab-separated columns (GDELT rows have 57, 58 or 61; mentions 16)`,
    };
  // GLOBALEVENTID is the first column of every layout, mentions included
  const id = fields[0];
  if (!DIGITS.test(id)) return { kind: 'error', reason: `GLOBALEVENTID "${id}" is not a number` };
  if (layout.name === 'gdelt2-mentions') {
    return { kind: 'mention', eventId: id, url: field(layout, fields, 'MentionIdentifier') };
  }
  const sqlDate = field(layout, fields, 'SQLDATE');
  const day = SQLDATE.exec(sqlDate);
  if (!day) return { kind: 'error', reason: `SQLDATE "${sqlDate}" is not YYYYMMDD` };
  const code = field(layout, fields, 'EventCode');
  if (!CAMEO.test(code)) return { kind: 'error', reason: `EventCode "${code}" is not a CAMEO code` };
  const facts = factsOf(code);
  if (!facts) return { kind: 'error', reason: `EventCode "${code}" has no CAMEO root 01-20` };
  const quadText = field(layout, fields, 'QuadClass');
  const quadGdelt = Number(quadText);
  if (quadGdelt !== 1 && quadGdelt !== 2 && quadGdelt !== 3 && quadGdelt !== 4) {
    return { kind: 'error', reason: `QuadClass "${quadText}" is not 1-4` };
  }
  const goldsteinText = field(layout, fields, 'GoldsteinScale');
  const goldstein = Number(goldsteinText);
  if (goldsteinText === '' || !Number.isFinite(goldstein)) {
    return { kind: 'error', reason: `GoldsteinScale "${goldsteinText}" is not a number` };
  }
  const iso = `${day[1]}-${day[2]}-${day[3]}`;
  const actor2Code = field(layout, fields, 'Actor2Code');
  const actor2Name = field(layout, fields, 'Actor2Name');
  return {
    kind: 'event',
    layout: layout.name,
    event: {
      origin: 'gdelt',
      externalId: id,
      source: externalActor(
        field(layout, fields, 'Actor1Code'),
        field(layout, fields, 'Actor1Name'),
        'gdelt',
      ),
      target: actor2Code || actor2Name ? externalActor(actor2Code, actor2Name, 'gdelt') : null,
      code,
      goldstein,
      quad: facts.quad,
      quadGdelt,
      plover: facts.plover,
      date: {
        start: iso,
        end: iso,
        precision: 'day',
        type: 'exact',
        inferred: false,
        text: sqlDate,
        span: null,
      },
      sourceUrl: field(layout, fields, 'SOURCEURL') || null,
      raw: null,
      rawRow: { columns: layout.columns, values: fields },
    },
  };
}
