/**
 * Converts PETRARCH / Phoenix dictionaries into our JSON Lines format, keeping PETRARCH's meaning:
 * roles stay in file order (first match wins), undated codes become undated roles in place.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatDay } from './day-range.js';
import { Dictionary } from './dictionary.js';
import type { DictionaryProblem, RawRecord } from './entente-format.js';
import {
  addPetrarchActors,
  addPetrarchAgents,
  addPetrarchDiscards,
  petrarchKindOf,
} from './petrarch-format.js';

const lowerWords = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'to',
  'al',
  'el',
  'de',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'da',
]);

/** "HAMID KARZAI" → "Hamid Karzai", "US" stays "US": our matcher then asks for the same capitals */
export function petrarchPhraseToName(phrase: string): string {
  const words = phrase.split(' ').filter(Boolean);
  if (words.length === 1 && words[0].replace(/[^A-Za-z]/g, '').length <= 3) return words[0].toUpperCase();
  return words
    .map((w) => {
      const lower = w.toLowerCase();
      if (lowerWords.has(lower)) return lower;
      return lower.replace(/(^|-)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());
    })
    .join(' ');
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

export interface ImportResult {
  from: string;
  to: string;
  records: number;
  problems: number;
}

export function importPetrarch(files: string[], outDir: string): ImportResult[] {
  mkdirSync(outDir, { recursive: true });
  const results: ImportResult[] = [];
  for (const file of files) {
    const problems: DictionaryProblem[] = [];
    const dict = new Dictionary();
    const kind = petrarchKindOf(file);
    const stem = slug(basename(file).replace(/\.txt$/i, ''));
    const lines: string[] = [];
    const used = new Set<string>();
    const uniqueId = (base: string) => {
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      return id;
    };
    if (kind === 'actors') {
      addPetrarchActors(dict, file, problems);
      for (const e of dict.entries) {
        const rec: RawRecord = {
          id: uniqueId(`${stem}.${slug(e.name)}`),
          type: e.type,
          names: [...new Set((dict.phrasesById.get(e.id) ?? []).map(petrarchPhraseToName))],
          roles: e.roles.map((r) => ({
            code: r.code,
            ...(r.from !== undefined ? { from: formatDay(r.from) } : {}),
            ...(r.to !== undefined ? { to: formatDay(r.to) } : {}),
          })),
        };
        lines.push(JSON.stringify(rec));
      }
    } else if (kind === 'agents') {
      addPetrarchAgents(dict, file, problems);
      for (const a of dict.agents) {
        const rec: RawRecord & { prefix?: boolean } = {
          kind: 'agent',
          id: uniqueId(`${stem}.${slug(a.id.split(':')[1] ?? a.id)}`),
          sector: a.sector,
          type: a.type,
          names: [...new Set((dict.phrasesById.get(a.id) ?? []).map((p) => p.toLowerCase()))],
        };
        if (a.prefix) rec.prefix = true;
        if (a.title) rec.title = true;
        lines.push(JSON.stringify(rec));
      }
    } else {
      addPetrarchDiscards(dict, file);
      const all = dict.phrasesById.get('discard') ?? [];
      const story = new Set(dict.phrasesById.get('discard-story') ?? []);
      const sentence = all.filter((p) => !story.has(p));
      lines.push(
        JSON.stringify({
          kind: 'discard',
          id: `${stem}.sentence`,
          names: sentence.map((p) => p.toLowerCase()),
        }),
      );
      if (story.size)
        lines.push(
          JSON.stringify({
            kind: 'discard',
            id: `${stem}.story`,
            story: true,
            names: [...story].map((p) => p.toLowerCase()),
          }),
        );
    }
    const to = join(outDir, `${stem}.jsonl`);
    writeFileSync(to, `${lines.join('\n')}\n`);
    results.push({ from: file, to, records: lines.length, problems: problems.length });
  }
  return results;
}
