/**
 * Reads the TSV files under data/ontology.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../package-root.js';

export const ontologyDataDir = dataPath('ontology');

export type TsvRow = Record<string, string>;

/** header row plus tab-separated rows, no quoting; every cell stays a string (codes keep leading zeros) */
export function readOntologyTsv(file: string): TsvRow[] {
  const path = join(ontologyDataDir, file);
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  if (lines.length === 0) throw new Error(`${path}: empty table`);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${path}: line ${i + 2} has ${cells.length} cells, expected ${header.length}`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]]));
  });
}
