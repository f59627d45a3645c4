/**
 * The coder: CAMEO events from raw sentences, with negation, modality, attribution and provenance.
 * @module
 */
export type { CodedEvent, EventActor, EventDate, FieldOrigin, ReviewStatus } from './event.js';
export type { CandidateTrace, ExplainTrace, SentenceTrace } from './explain.js';
export { CODER_VERSION, type Coder, type CoderOptions, type CodeTextOptions, createCoder } from './coder.js';
export { loadPatterns, parsePatterns, type Pattern, PatternFileError } from './patterns.js';
export { actorRoot, formatScores, type GoldItem, normText, scoreEvents, type Scores, type SystemEvent } from './evaluate.js';
