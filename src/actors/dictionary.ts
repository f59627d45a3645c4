/**
 * Entries, agents and the phrase trie built from one or more dictionary files.
 * @module
 */
import type { ActorEntry, AgentEntry, PhraseKind, PhraseTarget } from './entry.js';
import type { MatchHow } from './mention.js';
import { PhraseTrie } from './phrase-trie.js';
import { tokenize } from './tokenize.js';

/**
 * How a phrase's letter case must be met: `proper` (our names: capitals and short acronyms
 * count), `loose` (role nouns: any case), `upper` (PETRARCH's upper-cased phrases).
 */
export type CaseMode = 'proper' | 'loose' | 'upper';

export interface PhraseSpec {
  text: string;
  how: MatchHow;
  plural?: boolean;
  guarded?: boolean;
  titleOnly?: boolean;
  caseMode: CaseMode;
}

// words PETRARCH phrases carry in upper case that texts write in lower case
const functionWords = new Set([
  'the',
  'of',
  'and',
  'for',
  'in',
  'on',
  'to',
  'al',
  'el',
  'de',
  'du',
  'des',
  'la',
  'le',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'da',
  'do',
  'dos',
  'e',
  'y',
  'a',
  'an',
  'at',
  'by',
  "'s",
  'ul',
  'ud',
  'ol',
  'os',
]);

const maxAcronym = 5;

/** letters in a word (digits, apostrophes and dots do not count) */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    else if (c >= 128 && word[i].toLowerCase() !== word[i].toUpperCase()) n++;
  }
  return n;
}

export class Dictionary {
  readonly entries: ActorEntry[] = [];
  readonly agents: AgentEntry[] = [];
  readonly trie = new PhraseTrie();
  readonly byId = new Map<string, number>();
  readonly agentById = new Map<string, number>();
  /** phrases per entry id, kept for `dict check` and lookups */
  readonly phrasesById = new Map<string, string[]>();
  discardCount = 0;

  addEntry(entry: ActorEntry, phrases: PhraseSpec[]): number {
    let index = this.byId.get(entry.id);
    if (index === undefined) {
      index = this.entries.length;
      this.entries.push(entry);
      this.byId.set(entry.id, index);
    }
    this.addPhrases('entry', index, entry.id, phrases);
    return index;
  }

  addAgent(agent: AgentEntry, phrases: PhraseSpec[]): number {
    let index = this.agentById.get(agent.id);
    if (index === undefined) {
      index = this.agents.length;
      this.agents.push(agent);
      this.agentById.set(agent.id, index);
    }
    this.addPhrases('agent', index, agent.id, phrases);
    return index;
  }

  /** words like "head", "member" that take "of the Iranian parliament" */
  addHeads(id: string, phrases: PhraseSpec[]): void {
    this.addPhrases('head', -1, id, phrases);
  }

  /** phrases that are not actors though they contain a name ("South China Sea") */
  addBlocks(id: string, phrases: PhraseSpec[]): void {
    this.addPhrases('block', -1, id, phrases);
  }

  addDiscard(phrase: string, story: boolean): void {
    this.addPhrases(
      'discard',
      -1,
      story ? 'discard-story' : 'discard',
      [{ text: phrase, how: 'petrarch', caseMode: 'loose' }],
      story,
    );
    this.discardCount++;
  }

  entry(id: string): ActorEntry | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entries[i];
  }

  private addPhrases(
    kind: PhraseKind,
    index: number,
    id: string,
    phrases: PhraseSpec[],
    story?: boolean,
  ): void {
    let list = this.phrasesById.get(id);
    if (!list) {
      list = [];
      this.phrasesById.set(id, list);
    }
    for (const spec of phrases) {
      const first = tokenize(spec.text, 1)[0];
      if (!first) continue;
      list.push(spec.text);
      this.trie.addLater(first.key, () => this.compile(kind, index, spec, story));
    }
  }

  private compile(kind: PhraseKind, index: number, spec: PhraseSpec, story: boolean | undefined): void {
    {
      const tokens = tokenize(spec.text);
      if (tokens.length === 0) return;
      const caseRule: number[] = new Array(tokens.length).fill(0);
      let exact: (string | null)[] | null = null;
      let hyphens = 0;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === 'hyphen') hyphens++;
        if (t.kind !== 'word' || spec.caseMode === 'loose') continue;
        const letters = letterCount(t.bare);
        if (letters === 0) continue;
        if (spec.caseMode === 'upper') {
          if (functionWords.has(t.key)) continue;
          if (tokens.length === 1 && letters <= 3) {
            caseRule[i] = 2;
            exact ??= new Array(tokens.length).fill(null);
            exact[i] = t.bare.toUpperCase();
          } else caseRule[i] = 1;
          continue;
        }
        if (
          letters >= 2 &&
          letters <= maxAcronym &&
          t.bare === t.bare.toUpperCase() &&
          t.bare !== t.bare.toLowerCase()
        ) {
          caseRule[i] = 2;
          exact ??= new Array(tokens.length).fill(null);
          exact[i] = t.bare;
        } else if (t.cap) caseRule[i] = 1;
      }
      const target: PhraseTarget = {
        kind,
        index,
        how: spec.how,
        plural: spec.plural ?? false,
        caseRule,
        exact,
        guarded: spec.guarded ?? false,
        titleOnly: spec.titleOnly ?? false,
        story,
      };
      const keys = tokens.map((t) => t.key);
      this.trie.add(keys, target);
      // "al-Assad" is also written "al Assad": add the hyphen-free spelling with matching rules
      if (hyphens > 0) {
        const keep = (_: unknown, i: number) => tokens[i].kind !== 'hyphen';
        this.trie.add(keys.filter(keep), {
          ...target,
          caseRule: caseRule.filter(keep),
          exact: exact ? exact.filter(keep) : null,
        });
      }
    }
  }
}
