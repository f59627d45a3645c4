/**
 * The linguistic layer: tokens with lemmas and POS, chunks, clauses.
 * @module
 */
import { type Chunk, chunk } from './chunks.js';
import { type Clause, clauses } from './clauses.js';
import { retagFiniteParticiples } from './finite-participles.js';
import { retagFinitePresents } from './finite-presents.js';
import { retagPossessedNouns } from './possessed-nouns.js';
import { type Token, tokenize } from './tokens.js';

export type { Chunk, ChunkKind, Voice } from './chunks.js';
export { chunk, isNpToken, isPassiveAt, isPastParticiple, isPossessiveMarker } from './chunks.js';
export type { Clause, ClauseKind } from './clauses.js';
export { asides, clauseAt, clauses, isDash } from './clauses.js';
export type { Token } from './tokens.js';
export { tokenize } from './tokens.js';

export interface Analysis {
  tokens: Token[];
  chunks: Chunk[];
  clauses: Clause[];
}

/** offset is added to every token offset, so tokens can carry document offsets */
export function analyze(text: string, offset = 0): Analysis {
  const tokens = retagFinitePresents(retagFiniteParticiples(retagPossessedNouns(tokenize(text, offset))));
  let chunks: Chunk[] | undefined;
  let clauseList: Clause[] | undefined;
  return {
    tokens,
    // only the explain trace reads chunks: made on demand, they no longer cost every tagged sentence
    get chunks() {
      chunks ??= chunk(tokens);
      return chunks;
    },
    // read only around a pattern match, and a third of tagged sentences have none; nothing
    // changes the tokens after tagging, so clauses made later are the clauses made now
    get clauses() {
      clauseList ??= clauses(tokens);
      return clauseList;
    },
  };
}
