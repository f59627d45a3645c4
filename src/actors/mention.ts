/**
 * An actor named in a sentence and what it resolved to at the event's date.
 * @module
 */

export type ActorType =
  | 'state'
  | 'leader'
  | 'government'
  | 'military'
  | 'faction'
  | 'party'
  | 'company'
  | 'media'
  | 'igo'
  | 'ngo'
  | 'armed-group'
  | 'region'
  | 'group'
  | 'person';

export type MatchHow = 'name' | 'alias' | 'metonym' | 'demonym' | 'agent' | 'title' | 'surname' | 'petrarch';

export interface ActorMention {
  /** offsets into the text given to the resolver */
  start: number;
  end: number;
  text: string;
  /** CAMEO-style code valid at the date asked, e.g. RUSGOV, IRN, IGOUNO, IRNMIL */
  code: string;
  /** ISO3 (or IGO/region code) of the country the actor belongs to, e.g. RUS */
  country: string;
  /** canonical display name, e.g. "Vladimir Putin", "Russia" */
  name: string;
  entryId: string;
  type: ActorType;
  how: MatchHow;
  /** ids of every dictionary entry used (e.g. country + agent) */
  entryIds: string[];
}

export interface ResolveOptions {
  /** ISO partial date the roles must hold at; undefined → the resolver's default date */
  date?: string;
}

export interface ActorResolver {
  findMentions(text: string, options?: ResolveOptions): ActorMention[];
}
