/**
 * Dates: temporal expressions in historical prose, narrative time across a document,
 * and the date of each event.
 * @module
 */

export { documentDateValue } from './document-date.js';
export { type ExtractOptions, extractTemporalExpressions } from './extract.js';
export { type HistoricalEvent, historicalEvents } from './historical-events.js';
export type { TenureLookup } from './tenure.js';
export type {
  DateAttachment,
  DateHow,
  Precision,
  TemporalExpression,
  TimeType,
  TimeValue,
} from './time-value.js';
export { formatTimeValue, isResolved, timeValueOverlaps } from './time-value-ops.js';
export {
  createDocumentTimeline,
  type DocumentTimeline,
  type TimelineDocument,
  type TimelineOptions,
} from './timeline.js';
