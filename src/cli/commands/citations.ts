/**
 * `entente citations <file-or-doc>`: the notes and links a document cites, with the
 * sentences that cite each.
 * @module
 */
import type { Command } from 'commander';
import type { Citation } from '../../ingest/document.js';
import { loadDocumentView } from './sentences.js';

export function formatCitation(c: Citation, citedBy: number[]): string {
  const head = [`[${c.key}]`, c.kind, c.date ?? '-'].join('  ');
  const parts = [c.author, c.title ? `"${c.title}"` : null, c.publisher].filter(Boolean).join(', ');
  const lines = [`${head}  ${parts || c.text}`];
  if (parts && c.kind !== 'link') lines.push(`    ${c.text}`);
  for (const u of c.urls) lines.push(`    ${u}`);
  lines.push(`    cited by: ${citedBy.length > 0 ? citedBy.map((i) => `#${i}`).join(' ') : 'no sentence'}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('citations')
    .description('list the endnotes, footnotes and links of a document file or a stored document')
    .argument('<file-or-doc>', 'a document file (md, txt, html, pdf, docx), or a stored document name or id')
    .option('--json', 'one JSON object per citation')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .action(async (arg: string, opts: { json?: boolean; db?: string }) => {
      const view = await loadDocumentView(arg, opts.db);
      const out: string[] = [];
      for (const c of view.citations) {
        const citedBy = view.sentences.filter((s) => s.citationKeys.includes(c.key)).map((s) => s.index);
        out.push(opts.json ? JSON.stringify({ ...c, citedBy }) : formatCitation(c, citedBy));
      }
      if (out.length === 0 && !opts.json) out.push(`${view.name}: no citations`);
      process.stdout.write(`${out.join(opts.json ? '\n' : '\n\n')}\n`);
    });
}
