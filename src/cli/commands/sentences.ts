/**
 * `entente sentences <file-or-doc> [--citations]`: what ingest read, one sentence per line.
 * A path to an existing file is read directly; anything else names a stored document.
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Citation, Sentence } from '../../ingest/document.js';
import { readDocument } from '../../ingest/index.js';
import { openStore, StoreOpenError } from '../../store/index.js';
import { resolveDbPath } from '../command.js';
import { InputError } from '../errors.js';

export interface DocumentView {
  name: string;
  sentences: Sentence[];
  citations: Citation[];
  /** where each marker stood, when known (files); stored documents keep only each sentence's keys */
  markers: { citationKey: string; offset: number; sentenceIndex: number }[] | null;
}

/** the document behind a command argument: a readable file, or a document in the store */
export async function loadDocumentView(arg: string, db: string | undefined): Promise<DocumentView> {
  if (existsSync(arg) && statSync(arg).isFile()) {
    const doc = await readDocument(arg);
    return { name: doc.name, sentences: doc.sentences, citations: doc.citations, markers: doc.markers };
  }
  const path = resolveDbPath(db);
  let store: ReturnType<typeof openStore>;
  try {
    store = openStore(path, { create: false });
  } catch (err) {
    if (err instanceof StoreOpenError) throw new InputError(`${arg}: no such file, and ${err.message}`);
    throw err;
  }
  try {
    const stored = store.getDocument(/^\d+$/.test(arg) ? Number(arg) : arg);
    if (!stored)
      throw new InputError(`${arg}: no such file or stored document in ${path} (see \`entente stats\`)`);
    return {
      name: stored.name,
      sentences: store.getSentences(stored.id),
      citations: store.getCitations(stored.id),
      markers: null,
    };
  } finally {
    store.close();
  }
}

/** the sentence text with [n] where its markers stood (or at its end, when positions are unknown) */
export function withMarkers(sentence: Sentence, view: DocumentView): string {
  const label = (key: string) => `[${key}]`;
  if (!view.markers)
    return sentence.citationKeys.length === 0
      ? sentence.text
      : `${sentence.text} ${sentence.citationKeys.map(label).join('')}`;
  const mine = view.markers
    .filter((m) => m.sentenceIndex === sentence.index)
    .sort((a, b) => b.offset - a.offset);
  let text = sentence.text;
  for (const m of mine) {
    const at = Math.min(Math.max(m.offset - sentence.start, 0), text.length);
    text = text.slice(0, at) + label(m.citationKey) + text.slice(at);
  }
  return text;
}

export function register(program: Command): void {
  program
    .command('sentences')
    .description('list the sentences of a document file or a stored document, with their offsets')
    .argument('<file-or-doc>', 'a document file (md, txt, html, pdf, docx), or a stored document name or id')
    .option('--citations', 'show citation markers as [n] (links as [link:n])')
    .option('--json', 'one JSON object per sentence')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .action(async (arg: string, opts: { citations?: boolean; json?: boolean; db?: string }) => {
      const view = await loadDocumentView(arg, opts.db);
      const width = String(Math.max(view.sentences.length - 1, 0)).length;
      const lines: string[] = [];
      for (const s of view.sentences) {
        if (opts.json) {
          lines.push(
            JSON.stringify({
              index: s.index,
              start: s.start,
              end: s.end,
              paragraph: s.paragraphIndex,
              section: s.sectionIndex,
              text: s.text,
              citations: s.citationKeys,
            }),
          );
          continue;
        }
        const text = opts.citations ? withMarkers(s, view) : s.text;
        lines.push(`${String(s.index).padStart(width)}  ${s.start}-${s.end}  ${text}`);
      }
      process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    });
}
