import { type Command, Option } from 'commander';
import type { StoreStats } from '../../store/store.js';
import { openExistingStore } from './events.js';

const quadNames: Record<1 | 2 | 3 | 4, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export function formatStats(stats: StoreStats): string {
  const n = (value: number) => String(value).padStart(7);
  const lines = [
    `${n(stats.documents)}  documents`,
    `${n(stats.sentences)}  sentences`,
    `${n(stats.citations)}  citations`,
    `${n(stats.events)}  events (without negated, hypothetical or rejected ones)`,
  ];
  if (stats.events > 0) {
    lines.push('', 'events by quad class:');
    for (const q of [1, 2, 3, 4] as const) lines.push(`${n(stats.byQuad[q])}  ${q} ${quadNames[q]}`);
    const origins = Object.entries(stats.byOrigin);
    if (origins.length > 1 || origins[0]?.[0] !== 'entente') {
      lines.push('', 'events by origin:');
      for (const [origin, count] of origins) lines.push(`${n(count)}  ${origin}`);
    }
  }
  if (stats.topDyads.length > 0) {
    lines.push('', 'top dyads (either direction):');
    for (const d of stats.topDyads) lines.push(`${n(d.count)}  ${d.a}–${d.b}`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('stats')
    .description('count the documents, sentences, citations and events in the store')
    .option('--db <file>', 'store file (default: $ENTENTE_DB or ./entente.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((opts: { db?: string; format: 'table' | 'json' }) => {
      const store = openExistingStore(opts.db);
      try {
        const stats = store.stats();
        process.stdout.write(
          opts.format === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : `${formatStats(stats)}\n`,
        );
      } finally {
        store.close();
      }
    });
}
