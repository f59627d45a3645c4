/**
 * Imported events keep the actor codes and names their source gave, with no text span.
 * @module
 */
import type { EventActor } from '../coder/event.js';
import { getOntology } from '../ontology/index.js';

export function externalActor(code: string, name: string, how: string): EventActor {
  return { code, name, entryId: null, span: null, text: null, origin: 'stated', how };
}

/** standard quad, GDELT quad and PLOVER type of a code; root arithmetic where the ontology lacks the code */
export function codeFacts(
  code: string,
): { quad: 1 | 2 | 3 | 4; quadGdelt: 1 | 2 | 3 | 4; plover: string | null } | null {
  const ontology = getOntology();
  if (ontology.has(code)) {
    return {
      quad: ontology.quad(code),
      quadGdelt: ontology.quad(code, 'gdelt'),
      plover: ontology.plover(code)?.type ?? null,
    };
  }
  const root = Number(code.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return null;
  return {
    quad: root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4,
    quadGdelt: root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4,
    plover: null,
  };
}
