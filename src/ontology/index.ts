/**
 * The CAMEO/PLOVER ontology and the actor-code tables, both read from data/ontology.
 * @module
 */

export {
  type ActorCodeBlock,
  type ActorCodeEntry,
  type ActorCodeKind,
  ActorCodes,
  getActorCodes,
  isKnownActorCode,
  loadActorCodes,
} from './actor-codes.js';
export { ontologyDataDir } from './data-files.js';
export {
  type CameoCode,
  type GoldsteinScale,
  getOntology,
  loadOntology,
  Ontology,
  type PloverMapping,
  type PloverTypeInfo,
  type Quad,
  type QuadMapping,
} from './ontology.js';
export { UnknownCodeError } from './unknown-code-error.js';
