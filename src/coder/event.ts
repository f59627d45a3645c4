/**
 * A coded event with everything needed to check it against its sentence.
 * @module
 */
import type { TimeValue } from '../dates/time-value.js';

export type FieldOrigin = 'stated' | 'inferred';

export interface EventActor {
  /** CAMEO-style code, e.g. RUSGOV, IRN, IGOUNO */
  code: string;
  name: string;
  /** dictionary entry id, null for external (imported) actors */
  entryId: string | null;
  /** offsets into the document text of the words the actor came from; null if inferred with no words */
  span: [number, number] | null;
  text: string | null;
  origin: FieldOrigin;
  /** how it was found: "name", "metonym", "agent", "pronoun", "definite-description", "list", ... */
  how: string;
}

export interface EventDate extends TimeValue {
  /** the words that dated the event, if any */
  text: string | null;
  span: [number, number] | null;
}

export type ReviewStatus = 'proposed' | 'accepted' | 'rejected' | 'edited';

export interface CodedEvent {
  source: EventActor;
  target: EventActor | null;
  /** CAMEO code with leading zeros, e.g. "057" */
  code: string;
  goldstein: number;
  /** standard quad class (01-05→1, 06-08→2, 09-13→3, 14-20→4) */
  quad: 1 | 2 | 3 | 4;
  /** GDELT's QuadClass (01-05→1, 06-09→2, 10-14→3, 15-20→4) */
  quadGdelt: 1 | 2 | 3 | 4;
  plover: string | null;
  date: EventDate | null;
  negated: boolean;
  hypothetical: boolean;
  attributedTo: EventActor | null;
  confidence: number;
  /** index of the sentence in its document */
  sentenceIndex: number;
  /** the words that triggered the event (verb or noun), offsets into the document text */
  trigger: { span: [number, number]; text: string };
  ruleIds: string[];
  dictionaryEntryIds: string[];
  coderVersion: string;
}
