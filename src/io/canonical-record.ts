/**
 * The canonical event record: what the JSONL export writes and the evaluation reads. Field names
 * are snake_case and stable; add fields, never rename them.
 * @module
 */
import type { EventActor } from '../coder/event.js';
import { getOntology } from '../ontology/index.js';
import type { StoredEvent } from '../store/store.js';

export interface CanonicalActor {
  code: string;
  name: string;
  text: string | null;
  span: [number, number] | null;
  origin: string;
  how: string;
  entry_id: string | null;
}

export interface CanonicalEvent {
  id: number;
  doc: string | null;
  /** the sentence text as stored (markup removed) */
  sentence: string | null;
  /** [start, end] of the sentence in the document text */
  span: [number, number] | null;
  trigger: { text: string; span: [number, number] } | null;
  source: CanonicalActor;
  target: CanonicalActor | null;
  /** CAMEO code with leading zeros */
  code: string;
  label: string | null;
  quad: number;
  quad_gdelt: number;
  goldstein: number;
  plover: string | null;
  date: {
    start: string;
    end: string;
    precision: string;
    inferred: boolean;
    type: string;
    text: string | null;
  } | null;
  negated: boolean;
  hypothetical: boolean;
  attributed_to: { code: string; name: string } | null;
  confidence: number;
  citations: { key: string; number: number | null; text: string; urls: string[] }[];
  rule_ids: string[];
  dictionary_entries: string[];
  coder_version: string;
  status: string;
  origin: string;
  external_id: string | null;
  source_url: string | null;
  /** why the default export would leave the event out: "rejected", "negated", "hypothetical" */
  flags: string[];
}

/** reasons an event is left out of a default export; empty when it belongs in it */
export function exclusionFlags(event: StoredEvent): string[] {
  const flags: string[] = [];
  if (event.status === 'rejected') flags.push('rejected');
  if (event.negated) flags.push('negated');
  if (event.hypothetical) flags.push('hypothetical');
  return flags;
}

function actor(a: EventActor): CanonicalActor {
  return {
    code: a.code,
    name: a.name,
    text: a.text,
    span: a.span,
    origin: a.origin,
    how: a.how,
    entry_id: a.entryId,
  };
}

/** the CAMEO label, or null for a code outside the ontology (imported rows can carry such codes) */
export function cameoLabel(code: string): string | null {
  const ontology = getOntology();
  return ontology.has(code) ? ontology.label(code) : null;
}

export function toCanonical(event: StoredEvent): CanonicalEvent {
  const d = event.date;
  return {
    id: event.id,
    doc: event.documentName,
    sentence: event.sentenceText,
    span: event.sentenceSpan,
    trigger: event.trigger?.text ? { text: event.trigger.text, span: event.trigger.span } : null,
    source: actor(event.source),
    target: event.target ? actor(event.target) : null,
    code: event.code,
    label: cameoLabel(event.code),
    quad: event.quad,
    quad_gdelt: event.quadGdelt,
    goldstein: event.goldstein,
    plover: event.plover,
    date: d
      ? {
          start: d.start,
          end: d.end,
          precision: d.precision,
          inferred: d.inferred,
          type: d.type,
          text: d.text,
        }
      : null,
    negated: event.negated,
    hypothetical: event.hypothetical,
    attributed_to: event.attributedTo
      ? { code: event.attributedTo.code, name: event.attributedTo.name }
      : null,
    confidence: event.confidence,
    citations: event.citations.map((c) => ({ key: c.key, number: c.number, text: c.text, urls: c.urls })),
    rule_ids: event.ruleIds,
    dictionary_entries: event.dictionaryEntryIds,
    coder_version: event.coderVersion,
    status: event.status,
    origin: event.origin,
    external_id: event.externalId,
    source_url: event.sourceUrl,
    flags: exclusionFlags(event),
  };
}
