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

export type MatchHow =
  | 'name'
  | 'alias'
  | 'metonym'
  | 'demonym'
  | 'agent'
  | 'title'
  | 'surname'
  | 'petrarch'
  /** "we" or "I" in a quotation or statement, standing for its speaker */
  | 'speaker';

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
  /** title of the role held at the date, e.g. "prime minister" */
  role?: string;
  /** 'country': the entry held no role at the date, so `code` is its country */
  fallback?: 'country';
  /** other entries the same words could name (a surname shared by several people) */
  alternatives?: string[];
  /** a plural form: "the Iranians", "Russian troops" */
  plural?: boolean;
  /** people in general rather than the state or a body: "Iranians" without "the", "a Chinese company" */
  generic?: boolean;
  /** followed by 's: "Iran's" */
  possessive?: boolean;
  /** the word after a hyphen: "Saudi-backed" → 'backed', "Russia-led" → 'led' */
  compound?: string;
  /** the word before a hyphen: "anti-American" → 'anti', "pro-Russian" → 'pro' */
  prefix?: string;
}

export interface ResolveOptions {
  /** ISO partial date the roles must hold at; undefined → the resolver's default date */
  date?: string;
  /**
   * the countries a report is about, whose holders of office it may name by a surname the
   * dictionary guards ("Begin" is a verb, "Hussein" many people); undefined → none
   */
  bareSurnameCountries?: readonly string[];
}

export interface ActorResolver {
  findMentions(text: string, options?: ResolveOptions): ActorMention[];
}
