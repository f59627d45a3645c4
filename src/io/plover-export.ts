/**
 * PLOVER records: event type, mode and context from the CAMEO crosswalk, actor and recipient with
 * their country and sector, and the source text. CAMEO 01 and 02 have no PLOVER type (PLOVER
 * drops comments and appeals), so those events are not written.
 * @module
 */
import type { EventActor } from '../coder/event.js';
import { getActorCodes, getOntology } from '../ontology/index.js';
import type { StoredEvent } from '../store/store.js';

export interface PloverRecord {
  id: string;
  event_date: string | null;
  /** "2007" when only the year is known; PLOVER dates are ISO 8601, which allows reduced precision */
  event_date_end: string | null;
  date_precision: string | null;
  event_type: string;
  mode: string | null;
  context: string | null;
  actor: string;
  actor_code: string;
  actor_country: string | null;
  actor_sector: string | null;
  recipient: string | null;
  recipient_code: string | null;
  recipient_country: string | null;
  recipient_sector: string | null;
  event_text: string | null;
  text: string | null;
  source: string | null;
  url: string | null;
  cameo_code: string;
  quad_class: number;
  language: string;
  coder: string;
  version: string;
  date_coded: string;
  /** auxiliary modes: negation, hypothetical */
  auxiliary_modes: string[];
}

function countryAndSector(actor: EventActor): { country: string | null; sector: string | null } {
  const blocks = getActorCodes().describe(actor.code) ?? [];
  const first = blocks[0];
  const country = first?.kinds.includes('country') ? first.block : null;
  const role = blocks.find((b, i) => i > 0 && b.kinds.includes('role'));
  return { country, sector: role?.block ?? null };
}

/** the PLOVER record of an event, or null when CAMEO's code has no PLOVER type */
export function toPlover(event: StoredEvent): PloverRecord | null {
  const ontology = getOntology();
  const mapping = ontology.has(event.code) ? ontology.plover(event.code) : null;
  const type = mapping?.type ?? event.plover;
  if (!type) return null;
  const source = countryAndSector(event.source);
  const target = event.target ? countryAndSector(event.target) : null;
  const aux: string[] = [];
  if (event.negated) aux.push('negation');
  if (event.hypothetical) aux.push('hypothetical');
  return {
    id: event.externalId ? `${event.origin}-${event.externalId}` : `entente-${event.id}`,
    event_date: event.date?.start || null,
    event_date_end: event.date?.end || null,
    date_precision: event.date?.precision ?? null,
    event_type: type,
    mode: mapping?.mode ?? null,
    context: mapping?.context ?? null,
    actor: event.source.name,
    actor_code: event.source.code,
    actor_country: source.country,
    actor_sector: source.sector,
    recipient: event.target?.name ?? null,
    recipient_code: event.target?.code ?? null,
    recipient_country: target?.country ?? null,
    recipient_sector: target?.sector ?? null,
    event_text: event.trigger?.text ?? null,
    text: event.sentenceText,
    source: event.documentName,
    url: event.sourceUrl ?? event.citations.flatMap((c) => c.urls)[0] ?? null,
    cameo_code: event.code,
    quad_class: ontology.ploverType(type)?.quad ?? event.quad,
    language: 'en',
    coder: event.origin === 'entente' ? 'entente' : event.origin,
    version: event.coderVersion,
    date_coded: event.createdAt,
    auxiliary_modes: aux,
  };
}
