/**
 * Analyses run on EventFacts (what `Store.eventFacts` streams); callers holding full StoredEvents
 * (exports, tests) pass those and they are reduced to facts here.
 * @module
 */
import type { EventFact, StoredEvent } from '../store/store.js';

export type AnalysisEvent = EventFact | StoredEvent;

export function isFact(event: AnalysisEvent): event is EventFact {
  return 'sourceCode' in event;
}

export function toFact(event: AnalysisEvent): EventFact {
  if (isFact(event)) return event;
  return {
    id: event.id,
    sourceCode: event.source.code,
    targetCode: event.target?.code ?? null,
    sourceRoot: event.source.code.slice(0, 3),
    targetRoot: event.target ? event.target.code.slice(0, 3) : null,
    sourceName: event.source.name,
    targetName: event.target?.name ?? null,
    code: event.code,
    quad: event.quad,
    goldstein: event.goldstein,
    dateStart: event.date?.start ?? null,
    dateEnd: event.date?.end ?? null,
    precision: event.date?.precision ?? null,
  };
}
