/**
 * Interchange: export events to JSONL (canonical), CSV, GDELT, PLOVER, GEXF, TimelineJS and Kumu;
 * import GDELT and ICEWS files.
 * @module
 */
export { type CanonicalEvent, exclusionFlags, toCanonical } from './canonical-record.js';
export { CSV_COLUMNS } from './csv-export.js';
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  exportEvents,
  isExportFormat,
} from './export-events.js';
export { GDELT1_DAILY_COLUMNS, GDELT1_HISTORICAL_COLUMNS, GDELT2_EVENT_COLUMNS } from './gdelt-columns.js';
export { gdeltFields } from './gdelt-export.js';
export { parseGdeltLine } from './gdelt-import.js';
export { toGexf } from './gexf-export.js';
export { parseIcewsHeader, parseIcewsLine } from './icews-import.js';
export {
  type ImportKind,
  type ImportOptions,
  type ImportReport,
  importFile,
  importFiles,
  type MalformedRow,
} from './import-files.js';
export { toKumu } from './kumu-export.js';
export { toPlover } from './plover-export.js';
export { timelineDate, toTimeline } from './timeline-export.js';
