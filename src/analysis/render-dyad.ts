/**
 * The dyad series as a terminal table: one line per period with quad counts, Goldstein mean, net
 * cooperation and a bar that grows right for cooperation and left for conflict.
 * @module
 */
import type { DyadRow, DyadSeries } from './dyad-series.js';

const SPARK = '▁▂▃▄▅▆▇█';

/** a one-line sparkline of values, lowest to highest */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values
    .map((v) => (max === min ? SPARK[3] : SPARK[Math.round(((v - min) / (max - min)) * (SPARK.length - 1))]))
    .join('');
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** a bar centred on zero: conflict to the left, cooperation to the right */
export function divergingBar(value: number, maxAbs: number, halfWidth = 12): string {
  const cells = maxAbs > 0 ? Math.round((Math.abs(value) / maxAbs) * halfWidth) : 0;
  const left = value < 0 ? ' '.repeat(halfWidth - cells) + '█'.repeat(cells) : ' '.repeat(halfWidth);
  const right = value > 0 ? '█'.repeat(cells) + ' '.repeat(halfWidth - cells) : ' '.repeat(halfWidth);
  return `${left}│${right}`;
}

function renderRows(rows: readonly DyadRow[]): string[] {
  const header = ['period', 'Q1', 'Q2', 'Q3', 'Q4', 'total', 'gold', 'net'];
  const body = rows.map((r) => [
    r.period,
    formatCount(r.quads[1].count),
    formatCount(r.quads[2].count),
    formatCount(r.quads[3].count),
    formatCount(r.quads[4].count),
    formatCount(r.total),
    r.goldsteinMean === null ? '' : r.goldsteinMean.toFixed(1),
    formatCount(r.netCooperation),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const pad = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const maxAbs = Math.max(0, ...rows.map((r) => Math.abs(r.netCooperation)));
  const lines = [`${pad(header)}  ${'conflict'.padStart(12)}│cooperation`];
  // long stretches without events say only "nothing coded here": one line instead of dozens
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j < rows.length && rows[j].total === 0 && !rows[j].coarse) j++;
    if (j - i >= 3) {
      lines.push(`${rows[i].period}…${rows[j - 1].period}  (${j - i} periods without events)`);
      i = j;
      continue;
    }
    lines.push(`${pad(body[i])}  ${divergingBar(rows[i].netCooperation, maxAbs)}`);
    i++;
  }
  return lines;
}

/** the whole series as text; at sector level one table per actor pair */
export function renderDyadTable(series: DyadSeries): string {
  const arrow = series.directed ? '→' : '–';
  const lines: string[] = [];
  const regular = series.rows.filter((r) => !r.coarse);
  lines.push(
    `${series.a} ${arrow} ${series.b} by ${series.by} (${series.level} level)   net cooperation ${sparkline(regular.map((r) => r.netCooperation))}`,
  );
  lines.push(`coarse dates: ${series.coarseNote}`);
  if (series.undatedEventIds.length > 0)
    lines.push(`undated events left out: ${series.undatedEventIds.length}`);
  if (series.level === 'country' || series.lines.length <= 1) {
    lines.push('', ...renderRows(series.rows));
  } else {
    for (const line of series.lines) {
      lines.push('', line.key, ...renderRows(line.rows));
    }
  }
  return `${lines.join('\n')}\n`;
}
