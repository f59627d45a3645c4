/**
 * The coder: CAMEO events from raw sentences, with negation, modality, attribution and provenance.
 * @module
 */

export { CODER_VERSION, type Coder, type CoderOptions, type CodeTextOptions, createCoder } from './coder.js';
export {
  actorRoot,
  formatScores,
  type GoldItem,
  normText,
  type Scores,
  type SystemEvent,
  scoreEvents,
} from './evaluate.js';
export type { CodedEvent, EventActor, EventDate, FieldOrigin, ReviewStatus } from './event.js';
export type { CandidateTrace, ExplainTrace, SentenceTrace } from './explain.js';
export { loadPatterns, type Pattern, PatternFileError, parsePatterns } from './patterns.js';
