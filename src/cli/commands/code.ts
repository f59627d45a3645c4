/**
 * `entente code "<sentence>" [--date YYYY-MM-DD] [--explain] [--json]`: codes a piece of text and
 * prints its events; --explain shows tokens, chunks, actors, matched patterns, the date and
 * why each candidate was kept or dropped.
 * @module
 */
import type { Command } from 'commander';
import { type CodedEvent, createCoder, type ExplainTrace } from '../../coder/index.js';
import { UsageError } from '../errors.js';
import { parseIsoDateOption } from '../options.js';

function describe(e: CodedEvent): string {
  const flags = [
    e.negated ? 'NEGATED' : '',
    e.hypothetical ? 'HYPOTHETICAL' : '',
    e.attributedTo ? `attributed to ${e.attributedTo.code}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const date = e.date
    ? `${e.date.start}${e.date.end && e.date.end !== e.date.start ? `/${e.date.end}` : ''}${e.date.inferred ? ' (inferred)' : ''}`
    : 'undated';
  return `${e.source.code} → ${e.target?.code ?? '—'}  ${e.code}  goldstein ${e.goldstein}  quad ${e.quad}/${e.quadGdelt}  ${e.plover ?? '-'}  ${date}  "${e.trigger.text}"  [${e.ruleIds.join(', ')}] conf ${e.confidence}${flags ? `  (${flags})` : ''}`;
}

function printExplain(trace: ExplainTrace): void {
  for (const s of trace.sentences) {
    process.stdout.write(`\nsentence ${s.index}: ${s.text}\n`);
    process.stdout.write(`  tokens:   ${s.tokens.join(' ')}\n`);
    process.stdout.write(`  chunks:   ${s.chunks.join(' ')}\n`);
    process.stdout.write(`  actors:   ${s.mentions.join('; ') || '(none)'}\n`);
    process.stdout.write(`  patterns: ${s.matches.join('; ') || '(none)'}\n`);
    process.stdout.write(`  date:     ${s.date}\n`);
    for (const c of s.candidates) {
      process.stdout.write(
        `  ${c.kept ? 'kept   ' : 'dropped'} ${c.patternId} "${c.trigger}" ${c.source.join('+') || '?'} → ${c.target.join('+') || '?'}: ${c.reason}\n`,
      );
    }
  }
}

export function register(program: Command): void {
  program
    .command('code')
    .description('code the events of a sentence or short text')
    .argument('<text>', 'the sentence(s) to code')
    .option('--date <date>', 'reference date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--explain', 'show how the coder read the text')
    .option('--json', 'print events as JSON lines')
    .action((text: string, opts: { date?: string; explain?: boolean; json?: boolean }) => {
      if (!text.trim()) throw new UsageError('code: the text is empty');
      const date = opts.date ? parseIsoDateOption('--date', opts.date) : undefined;
      const result = createCoder().codeText(text, { date, explain: opts.explain });
      if (opts.json) for (const e of result.events) process.stdout.write(`${JSON.stringify(e)}\n`);
      else if (!result.events.length) process.stdout.write('no events\n');
      else for (const e of result.events) process.stdout.write(`${describe(e)}\n`);
      if (result.explain) printExplain(result.explain);
    });
}
