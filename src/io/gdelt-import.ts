/**
 * GDELT rows (1.0 historical and daily, 2.0 export) to external events. The layout is chosen per
 * row by its column count, because GDELT 1.0 files mix 57- and 58-column rows.
 * @module
 */
import type { ExternalEvent } from '../store/store.js';
import { codeFacts, externalActor } from './external-actor.js';
import { gdeltLayoutFor } from './gdelt-columns.js';

export type GdeltRow =
  | { kind: 'event'; layout: string; event: ExternalEvent }
  | { kind: 'mention'; eventId: string; url: string }
  | { kind: 'error'; reason: string };

function rawRecord(columns: readonly string[], fields: string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) raw[columns[i]] = fields[i];
  return raw;
}

export function parseGdeltLine(line: string): GdeltRow {
  const fields = line.split('\t');
  const layout = gdeltLayoutFor(fields.length);
  if (!layout)
    return {
      kind: 'error',
      reason: `${fields.length} tab-separated columns (GDELT rows have 57, 58 or 61; mentions 16)`,
    };
  const raw = rawRecord(layout.columns, fields);
  if (layout.name === 'gdelt2-mentions') {
    if (!/^\d+$/.test(raw.GLOBALEVENTID))
      return { kind: 'error', reason: `GLOBALEVENTID "${raw.GLOBALEVENTID}" is not a number` };
    return { kind: 'mention', eventId: raw.GLOBALEVENTID, url: raw.MentionIdentifier };
  }
  if (!/^\d+$/.test(raw.GLOBALEVENTID))
    return { kind: 'error', reason: `GLOBALEVENTID "${raw.GLOBALEVENTID}" is not a number` };
  const day = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.SQLDATE);
  if (!day) return { kind: 'error', reason: `SQLDATE "${raw.SQLDATE}" is not YYYYMMDD` };
  const code = raw.EventCode;
  if (!/^\d{2,4}$/.test(code)) return { kind: 'error', reason: `EventCode "${code}" is not a CAMEO code` };
  const facts = codeFacts(code);
  if (!facts) return { kind: 'error', reason: `EventCode "${code}" has no CAMEO root 01-20` };
  const quadGdelt = Number(raw.QuadClass);
  if (quadGdelt !== 1 && quadGdelt !== 2 && quadGdelt !== 3 && quadGdelt !== 4) {
    return { kind: 'error', reason: `QuadClass "${raw.QuadClass}" is not 1-4` };
  }
  const goldstein = Number(raw.GoldsteinScale);
  if (raw.GoldsteinScale === '' || !Number.isFinite(goldstein)) {
    return { kind: 'error', reason: `GoldsteinScale "${raw.GoldsteinScale}" is not a number` };
  }
  const iso = `${day[1]}-${day[2]}-${day[3]}`;
  return {
    kind: 'event',
    layout: layout.name,
    event: {
      origin: 'gdelt',
      externalId: raw.GLOBALEVENTID,
      source: externalActor(raw.Actor1Code, raw.Actor1Name, 'gdelt'),
      target:
        raw.Actor2Code || raw.Actor2Name ? externalActor(raw.Actor2Code, raw.Actor2Name, 'gdelt') : null,
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
        text: raw.SQLDATE,
        span: null,
      },
      sourceUrl: raw.SOURCEURL || null,
      raw,
    },
  };
}
