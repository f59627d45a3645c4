/**
 * `entente dates "<text>" [--date YYYY-MM-DD] [--json]`: the temporal expressions a text
 * states, each with its span, resolved value, precision, type and the rule that found it.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { TemporalExpression } from '../../dates/index.js';
import { extractTemporalExpressions, formatTimeValue } from '../../dates/index.js';
import { UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';

interface DatesOptions {
  date?: string;
  json?: boolean;
}

function row(e: TemporalExpression): string[] {
  const value = formatTimeValue(e.value) || '(unresolved)';
  const marks = [e.relative ? `relative:${e.anchor ?? 'narrative'}` : '', e.value.inferred ? 'inferred' : '']
    .filter(Boolean)
    .join(' ');
  return [
    `${e.start}-${e.end}`,
    JSON.stringify(e.text),
    value,
    e.value.precision,
    e.value.type,
    e.ruleId,
    marks,
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function register(program: Command): void {
  program
    .command('dates')
    .description('List the dates a text states and how each resolves ("-" reads the text from stdin)')
    .argument('<text>', 'the text to read, or - for stdin')
    .option('--date <YYYY-MM-DD>', 'document date for "today", "last year", "since 2013"')
    .option('--json', 'print JSON instead of a table')
    .action((text: string, options: DatesOptions) => {
      const referenceDate = options.date ? parseIsoDateOption('--date', options.date) : null;
      const input = text === '-' ? readFileSync(0, 'utf8') : text;
      if (!input.trim()) throw new UsageError('dates: the text is empty');
      const found = extractTemporalExpressions(input, { referenceDate });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
        return;
      }
      if (found.length === 0) {
        process.stdout.write('no dates found\n');
        return;
      }
      const header = ['span', 'text', 'value', 'precision', 'type', 'rule', ''];
      process.stdout.write(`${table([header, ...found.map(row)])}\n`);
    });
}
