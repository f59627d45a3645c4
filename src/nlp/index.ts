/**
 * The linguistic layer: tokens with lemmas and POS, chunks, clauses.
 * @module
 */

import { retagAttributiveParticiples } from './attributive-participles.js';
import { type Chunk, chunk } from './chunks.js';
import { type Clause, clauses } from './clauses.js';
import { retagConditionalProvided } from './conditional-provided.js';
import { retagFiniteParticiples } from './finite-participles.js';
import { retagFinitePresents } from './finite-presents.js';
import { retagHyphenCompounds } from './hyphen-compounds.js';
import { lemmatiseIrregularVerbs, retagIrregularPasts } from './irregular-pasts.js';
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

/**
 * A tagged sentence whose chunks and clauses are made on first use. A class, not an object literal
 * with getters: V8 keeps such a literal in dictionary mode, so building one cost a hash table per
 * sentence, and every read of `tokens` across the coder was a dictionary look-up.
 */
class LazyAnalysis implements Analysis {
  private chunkList: Chunk[] | undefined;
  private clauseList: Clause[] | undefined;

  constructor(readonly tokens: Token[]) {}

  // only the explain trace reads chunks: made on demand, they no longer cost every tagged sentence
  get chunks(): Chunk[] {
    this.chunkList ??= chunk(this.tokens);
    return this.chunkList;
  }

  // read only around a pattern match, and a third of tagged sentences have none; nothing changes
  // the tokens after tagging, so clauses made later are the clauses made now
  get clauses(): Clause[] {
    this.clauseList ??= clauses(this.tokens);
    return this.clauseList;
  }
}

/** offset is added to every token offset, so tokens can carry document offsets */
export function analyze(text: string, offset = 0): Analysis {
  return new LazyAnalysis(
    lemmatiseIrregularVerbs(
      retagFinitePresents(
        retagFiniteParticiples(
          retagPossessedNouns(
            retagConditionalProvided(
              retagIrregularPasts(retagHyphenCompounds(retagAttributiveParticiples(tokenize(text, offset)))),
            ),
          ),
        ),
      ),
    ),
  );
}
