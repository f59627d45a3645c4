/**
 * The tidy CSV export: one row per event, one column per variable, for R and pandas.
 * @module
 */
import type { StoredEvent } from '../store/store.js';
import { toCanonical } from './canonical-record.js';
import { csvRow } from './csv-field.js';

export const CSV_COLUMNS = [
  'id',
  'doc',
  'sentence_start',
  'sentence_end',
  'sentence',
  'trigger',
  'source_code',
  'source_name',
  'source_text',
  'target_code',
  'target_name',
  'target_text',
  'code',
  'label',
  'quad',
  'quad_gdelt',
  'goldstein',
  'plover',
  'date_start',
  'date_end',
  'date_precision',
  'date_type',
  'date_inferred',
  'date_text',
  'negated',
  'hypothetical',
  'attributed_to',
  'confidence',
  'citation_keys',
  'citations',
  'citation_urls',
  'rule_ids',
  'dictionary_entries',
  'coder_version',
  'status',
  'origin',
  'external_id',
  'source_url',
  'flags',
] as const;

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

/** multi-valued cells are joined with " | " so each row stays one event */
export function csvLine(event: StoredEvent): string {
  const c = toCanonical(event);
  return csvRow([
    c.id,
    c.doc,
    c.span?.[0],
    c.span?.[1],
    c.sentence,
    c.trigger?.text,
    c.source.code,
    c.source.name,
    c.source.text,
    c.target?.code,
    c.target?.name,
    c.target?.text,
    c.code,
    c.label,
    c.quad,
    c.quad_gdelt,
    c.goldstein,
    c.plover,
    c.date?.start,
    c.date?.end,
    c.date?.precision,
    c.date?.type,
    c.date?.inferred,
    c.date?.text,
    c.negated,
    c.hypothetical,
    c.attributed_to?.code,
    c.confidence,
    c.citations.map((x) => x.key).join(' | '),
    c.citations.map((x) => x.text).join(' | '),
    c.citations.flatMap((x) => x.urls).join(' | '),
    c.rule_ids.join(' | '),
    c.dictionary_entries.join(' | '),
    c.coder_version,
    c.status,
    c.origin,
    c.external_id,
    c.source_url,
    c.flags.join(' | '),
  ]);
}
