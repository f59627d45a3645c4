/**
 * Actors: dictionaries with dated roles, and the resolver that finds them in sentences.
 * @module
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../package-root.js';
import { Dictionary } from './dictionary.js';
import {
  addEntenteRecords,
  DictionaryError,
  type DictionaryProblem,
  parseEntenteFile,
} from './entente-format.js';
import {
  addPetrarchActors,
  addPetrarchAgents,
  addPetrarchDiscards,
  petrarchKindOf,
} from './petrarch-format.js';
import { type EntenteActorResolver, Resolver } from './resolver.js';

export type { DictionaryProblem } from './entente-format.js';
export { DictionaryError } from './entente-format.js';
export type { ActorMention, ActorResolver, ActorType, MatchHow, ResolveOptions } from './mention.js';
export type { DiscardHit, EntenteActorResolver, EntryInfo, ResolvedRole } from './resolver.js';

export interface ResolverOptions {
  /** our dictionary files (.jsonl, .tsv) or PETRARCH files (.txt, kind told by the name) */
  actorFiles?: string[];
  /** PETRARCH actor, agent or discard files */
  petrarchFiles?: string[];
  /** agent files in either format */
  agentFiles?: string[];
  /** with files given: true adds them to the default dictionary, false (default) uses them alone */
  merge?: boolean;
  /** date used when findMentions is called without one (ISO partial); default today */
  defaultDate?: string;
  /** collect problems instead of throwing on the first */
  problems?: DictionaryProblem[];
}

let cachedDataDir: string | null = null;

/** data/actors of the installed package, found from this module so src/ and dist/ both work */
export function actorsDataDir(): string {
  if (cachedDataDir) return cachedDataDir;
  const dir = dataPath('actors');
  if (!existsSync(dir)) throw new DictionaryError(`${dir}: the bundled actor dictionaries are missing`);
  cachedDataDir = dir;
  return cachedDataDir;
}

/** the default dictionary files, in load order (countries first: they win ties) */
export function defaultActorFiles(): string[] {
  const dir = actorsDataDir();
  const order = (name: string) =>
    name.startsWith('countries')
      ? 0
      : name.startsWith('regions')
        ? 1
        : name.startsWith('igos')
          ? 2
          : name.startsWith('agents')
            ? 9
            : 5;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') || f.endsWith('.tsv'))
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((f) => join(dir, f));
}

/** loads dictionary files into `dict`; problems are collected into `problems` */
export function loadDictionaryFiles(dict: Dictionary, files: string[], problems: DictionaryProblem[]): void {
  for (const file of files) {
    if (!existsSync(file)) {
      problems.push({ file, line: 0, message: 'file not found' });
      continue;
    }
    if (file.endsWith('.txt')) {
      const kind = petrarchKindOf(file);
      if (kind === 'agents') addPetrarchAgents(dict, file, problems);
      else if (kind === 'discards') addPetrarchDiscards(dict, file);
      else addPetrarchActors(dict, file, problems);
    } else {
      addEntenteRecords(dict, parseEntenteFile(file, problems), problems);
    }
  }
}

export function buildDictionary(options: ResolverOptions = {}): {
  dict: Dictionary;
  problems: DictionaryProblem[];
} {
  const given = [
    ...(options.actorFiles ?? []),
    ...(options.petrarchFiles ?? []),
    ...(options.agentFiles ?? []),
  ];
  const files = given.length === 0 || options.merge ? [...defaultActorFiles(), ...given] : given;
  const dict = new Dictionary();
  const problems: DictionaryProblem[] = options.problems ?? [];
  loadDictionaryFiles(dict, files, problems);
  // PETRARCH actor files alone carry no role nouns: borrow ours so "Afghan troops" still composes
  if (given.length > 0 && !options.merge && dict.agents.length === 0) {
    const ours = defaultActorFiles().filter((f) => /agents/.test(f));
    loadDictionaryFiles(dict, ours, problems);
  }
  return { dict, problems };
}

/** a resolver over the given files; throws DictionaryError on the first file problem unless `problems` is passed */
export function createResolver(options: ResolverOptions = {}): EntenteActorResolver {
  const collect = options.problems !== undefined;
  const { dict, problems } = buildDictionary(options);
  if (!collect) {
    // PETRARCH's own files carry a few malformed dates it also skips: those are not fatal
    const fatal = problems.find((p) => !p.file.endsWith('.txt') || p.message === 'file not found');
    if (fatal)
      throw new DictionaryError(`${fatal.file}${fatal.line ? `:${fatal.line}` : ''}: ${fatal.message}`);
  }
  return new Resolver(dict, { defaultDate: options.defaultDate });
}

const cache = new Map<string, EntenteActorResolver>();

/** the resolver over data/actors (plus any files given), built once per distinct options */
export function loadDefaultResolver(options: ResolverOptions = {}): EntenteActorResolver {
  const key = JSON.stringify({ ...options, problems: undefined });
  let resolver = cache.get(key);
  if (!resolver) {
    resolver = createResolver(options);
    cache.set(key, resolver);
  }
  return resolver;
}

/** an entry of the default dictionary by id */
export function lookupActor(id: string) {
  return loadDefaultResolver().entry(id);
}

export { Dictionary } from './dictionary.js';
export { resolveRole } from './resolver.js';
export { tokenize } from './tokenize.js';
