/**
 * The GDELT 2.0 export layout: 61 tab-separated columns, GDELT's QuadClass and Goldstein values.
 * Imported GDELT rows re-emit the values they came with; coded events fill the columns they can
 * and leave geography empty. GDELT needs a full day in SQLDATE, so an event known only to the
 * month or year is written with its first day there; FractionDate is the middle of its span,
 * which keeps the true uncertainty visible to a reader who compares the two.
 * @module
 */
import { daySpan, dayToIso } from '../analysis/periods.js';
import type { EventActor } from '../coder/event.js';
import { getActorCodes, getOntology } from '../ontology/index.js';
import type { StoredEvent } from '../store/store.js';
import { GDELT2_EVENT_COLUMNS, type GdeltColumn } from './gdelt-columns.js';

type Row = Partial<Record<GdeltColumn, string>>;

const EDITABLE = new Set<string>([
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  ...['Actor1', 'Actor2'].flatMap((a) =>
    ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'Type1Code', 'Type2Code', 'Type3Code'].map(
      (f) => `${a}${f}`,
    ),
  ),
]);

/** GDELT splits an actor code into country, known group and type blocks */
function actorColumns(actor: EventActor | null, prefix: 'Actor1' | 'Actor2'): Row {
  if (!actor) return {};
  const codes = getActorCodes();
  const blocks = codes.describe(actor.code) ?? [];
  let country = '';
  let knownGroup = '';
  const types: string[] = [];
  for (const [i, b] of blocks.entries()) {
    if (i === 0 && b.kinds.includes('country')) country = b.block;
    else if (b.kinds.includes('known-group') && !knownGroup) knownGroup = b.block;
    else if (b.kinds.includes('role') || b.kinds.includes('international')) types.push(b.block);
  }
  return {
    [`${prefix}Code`]: actor.code,
    [`${prefix}Name`]: actor.name.toUpperCase(),
    [`${prefix}CountryCode`]: country,
    [`${prefix}KnownGroupCode`]: knownGroup,
    [`${prefix}Type1Code`]: types[0] ?? '',
    [`${prefix}Type2Code`]: types[1] ?? '',
    [`${prefix}Type3Code`]: types[2] ?? '',
  };
}

function compactTimestamp(iso: string): string {
  const digits = iso.replace(/\D/g, '');
  return digits.slice(0, 14).padEnd(14, '0');
}

function fractionDate(firstDay: number, lastDay: number): string {
  const mid = (firstDay + lastDay) / 2;
  const year = new Date(mid * 86_400_000).getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1) / 86_400_000;
  const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  return (year + (mid - yearStart) / yearDays).toFixed(4);
}

/** the 61 column values of one event */
export function gdeltFields(event: StoredEvent): string[] {
  const raw = event.raw ?? null;
  const ontology = getOntology();
  const known = ontology.has(event.code);
  const span = daySpan(event.date);
  const first = span ? dayToIso(span.firstDay).replace(/-/g, '') : '';
  const derived: Row = {
    GLOBALEVENTID: event.externalId ?? String(event.id),
    SQLDATE: first,
    MonthYear: first.slice(0, 6),
    Year: first.slice(0, 4),
    FractionDate: span ? fractionDate(span.firstDay, span.lastDay) : '',
    ...actorColumns(event.source, 'Actor1'),
    ...actorColumns(event.target, 'Actor2'),
    IsRootEvent: '0',
    EventCode: event.code,
    EventBaseCode: event.code.slice(0, 3),
    EventRootCode: event.code.slice(0, 2),
    QuadClass: String(known ? ontology.quad(event.code, 'gdelt') : event.quadGdelt),
    GoldsteinScale: String(known ? ontology.goldstein(event.code, 'gdelt') : event.goldstein),
    NumMentions: '1',
    NumSources: '1',
    NumArticles: '1',
    AvgTone: '',
    Actor1Geo_Type: '0',
    Actor2Geo_Type: '0',
    ActionGeo_Type: '0',
    DATEADDED: compactTimestamp(event.createdAt),
    SOURCEURL: event.sourceUrl ?? event.citations.flatMap((c) => c.urls)[0] ?? event.documentName ?? '',
  };
  // a reviewer's edit wins over the imported row for the fields a review can change
  const edited = event.status === 'edited' ? EDITABLE : null;
  return GDELT2_EVENT_COLUMNS.map((col) => {
    const value = raw && col in raw && !edited?.has(col) ? raw[col] : (derived[col] ?? '');
    // a tab or newline inside a value would shift every later column
    return value.replace(/[\t\r\n]+/g, ' ');
  });
}

export function gdeltLine(event: StoredEvent): string {
  return `${gdeltFields(event).join('\t')}\n`;
}
