/**
 * ICEWS event rows (tab-separated, one header row) to external events: countries become ISO
 * alpha-3, sector lists a CAMEO role where clear, Intensity the Goldstein value.
 * @module
 */
import type { ExternalEvent } from '../store/store.js';
import { countryCode } from './country-names.js';
import { codeFacts, externalActor } from './external-actor.js';
import { sectorCode, stateless } from './icews-sectors.js';

export const ICEWS_REQUIRED = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
] as const;

export type IcewsRow =
  | { kind: 'event'; event: ExternalEvent; unmappedCountries: string[] }
  | { kind: 'error'; reason: string };

export function parseIcewsHeader(line: string): string[] | { error: string } {
  const header = line.split('\t').map((h) => h.trim());
  const missing = ICEWS_REQUIRED.filter((c) => !header.includes(c));
  return missing.length ? { error: `not an ICEWS header: missing ${missing.join(', ')}` } : header;
}

function icewsDate(value: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return value;
  // the 2017 yearly file wrote M/D/YYYY
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return null;
}

function actorCode(name: string, sectors: string, country: string, unmapped: string[]): string {
  if (!country || country === 'NA') return stateless(name, sectors) ?? '';
  const iso = countryCode(country);
  if (!iso) unmapped.push(country);
  const role = sectorCode(sectors);
  return `${iso ?? ''}${role ?? ''}`;
}

export function parseIcewsLine(header: readonly string[], line: string): IcewsRow {
  const fields = line.split('\t');
  if (fields.length !== header.length) {
    return { kind: 'error', reason: `${fields.length} columns where the header has ${header.length}` };
  }
  const raw: Record<string, string> = {};
  header.forEach((h, i) => {
    raw[h] = fields[i];
  });
  if (!/^\d+$/.test(raw['Event ID']))
    return { kind: 'error', reason: `Event ID "${raw['Event ID']}" is not a number` };
  const date = icewsDate(raw['Event Date']);
  if (!date)
    return { kind: 'error', reason: `Event Date "${raw['Event Date']}" is not YYYY-MM-DD or M/D/YYYY` };
  let code = raw['CAMEO Code'];
  if (!/^\d{2,4}$/.test(code)) return { kind: 'error', reason: `CAMEO Code "${code}" is not a CAMEO code` };
  // some ICEWS exports lost the leading zero of root 01-09 codes ("42" for 042)
  if (code.length === 2 && Number(code) > 20) code = `0${code}`;
  const facts = codeFacts(code);
  if (!facts) return { kind: 'error', reason: `CAMEO Code "${code}" has no root 01-20` };
  const intensity = Number(raw.Intensity);
  if (raw.Intensity === '' || !Number.isFinite(intensity))
    return { kind: 'error', reason: `Intensity "${raw.Intensity}" is not a number` };
  const unmapped: string[] = [];
  const sourceCode = actorCode(raw['Source Name'], raw['Source Sectors'], raw['Source Country'], unmapped);
  const targetCode = actorCode(raw['Target Name'], raw['Target Sectors'], raw['Target Country'], unmapped);
  const hasTarget = raw['Target Name'] && raw['Target Name'] !== 'NA';
  return {
    kind: 'event',
    unmappedCountries: unmapped,
    event: {
      origin: 'icews',
      externalId: raw['Event ID'],
      source: externalActor(sourceCode, raw['Source Name'], 'icews'),
      target: hasTarget ? externalActor(targetCode, raw['Target Name'], 'icews') : null,
      code,
      goldstein: intensity,
      quad: facts.quad,
      quadGdelt: facts.quadGdelt,
      plover: facts.plover,
      date: {
        start: date,
        end: date,
        precision: 'day',
        type: 'exact',
        inferred: false,
        text: raw['Event Date'],
        span: null,
      },
      sourceUrl: null,
      // the header array is shared by every row of the file, so the store files its layout once
      raw: null,
      rawRow: { columns: header, values: fields },
    },
  };
}
