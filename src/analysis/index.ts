/**
 * Relationship analysis over the store: dyad series, the actor network, and episodes.
 * @module
 */
export type { ActorLevel } from './actor-level.js';
export { actorKey, codeAtLevel } from './actor-level.js';
export type {
  CoarseHandling,
  DyadCell,
  DyadLine,
  DyadRow,
  DyadSeries,
  DyadSeriesOptions,
  Quad,
} from './dyad-series.js';
export { computeDyadSeries, dyadSeries } from './dyad-series.js';
export type { Episode, EpisodeEvent, EpisodeOptions, PromiseReversal, TurningPoint } from './episodes.js';
export { computeEpisodes, findEpisodes, findPromiseReversals, findTurningPoints } from './episodes.js';
export type { AnalysisEvent } from './event-facts.js';
export { toFact } from './event-facts.js';
export type { Network, NetworkEdge, NetworkNode, NetworkOptions } from './network.js';
export { buildNetwork, computeNetwork } from './network.js';
export type { PeriodUnit } from './periods.js';
export { renderDyadTable, sparkline } from './render-dyad.js';
