/**
 * Progress for long work: a bar on a terminal, one plain line per item otherwise
 * (so logs and CI output stay readable).
 * @module
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  tick(label: string, counts: Record<string, number>): void;
  log(line: string): void;
  stop(): void;
}

export function createProgress(total: number, unit: string, quiet = false): ProgressReporter {
  const stream = process.stderr;
  if (quiet) return { tick() {}, log: (l) => stream.write(`${l}\n`), stop() {} };
  if (!stream.isTTY) {
    let done = 0;
    return {
      tick(label) {
        done += 1;
        stream.write(`[${done}/${total}] ${label}\n`);
      },
      log: (l) => stream.write(`${l}\n`),
      stop() {},
    };
  }
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {value}/{total} ${unit} | {sentences} sentences | {rate} ${unit}/s | {label}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { sentences: 0, rate: '0', label: '' });
  let sentences = 0;
  let value = 0;
  return {
    tick(label, counts) {
      value += 1;
      sentences += counts.sentences ?? 0;
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(value, { sentences, rate: (value / secs).toFixed(1), label });
    },
    log(line) {
      bar.stop();
      stream.write(`${line}\n`);
      bar.start(total, value, { sentences, rate: '0', label: '' });
    },
    stop: () => bar.stop(),
  };
}
