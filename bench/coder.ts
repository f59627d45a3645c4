/**
 * End-to-end coder throughput: raw text → segmented sentences → actors → patterns → events,
 * on a generated corpus of report-like sentences (events, non-events, negations, dates).
 * usage: npx tsx bench/coder.ts [sentences]
 */
import { readFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.js';

const states = [
  'Russia',
  'Iran',
  'China',
  'Turkey',
  'Brazil',
  'India',
  'Japan',
  'Egypt',
  'Kenya',
  'Chile',
  'Poland',
  'Qatar',
];
const capitals = [
  'Moscow',
  'Tehran',
  'Beijing',
  'Ankara',
  'Brasilia',
  'New Delhi',
  'Tokyo',
  'Cairo',
  'Nairobi',
  'Santiago',
  'Warsaw',
  'Doha',
];
const months = ['January', 'March', 'May', 'July', 'September', 'November'];
const templates = [
  (a: string, b: string, y: number, m: string) => `In ${m} ${y}, ${a} signed a trade agreement with ${b}.`,
  (a: string, b: string, y: number) => `${a} imposed new sanctions on ${b} in ${y}.`,
  (a: string, b: string) => `The foreign minister of ${a} visited ${b} to discuss energy prices.`,
  (a: string, b: string) => `${a} did not criticize ${b} over the border incident.`,
  (a: string, b: string, y: number) =>
    `Analysts expect the economy of ${a} to grow faster than that of ${b} after ${y}.`,
  (a: string) => `The parliament of ${a} debated a new budget for schools and hospitals.`,
  (a: string, b: string) => `${a}, which was backed by ${b}, rejected the proposal.`,
  () => 'Commodity prices rose sharply during the second quarter of the year.',
  (a: string, b: string) => `${a} might attack ${b} if the talks collapse.`,
  (a: string, b: string, y: number) => `${a}'s withdrawal from ${b} in ${y} surprised observers.`,
];

const n = Number(process.argv[2] ?? 20000);
const paragraphs: string[] = [];
let count = 0;
let seed = 7;
const rand = (k: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % k;
};
while (count < n) {
  const sentences: string[] = [];
  for (let i = 0; i < 8 && count < n; i++, count++) {
    const a = rand(states.length);
    let b = rand(states.length);
    if (b === a) b = (b + 1) % states.length;
    const useCapital = rand(2) === 0;
    const t = templates[rand(templates.length)];
    sentences.push(
      t(states[a], useCapital ? capitals[b] : states[b], 1990 + rand(30), months[rand(months.length)]),
    );
  }
  paragraphs.push(sentences.join(' '));
}
const text = paragraphs.join('\n\n');

const coder = createCoder();
coder.codeText('Warm-up: Chile signed an accord with Peru.');
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { events } = coder.codeText(text, { date: '2020' });
const seconds = (performance.now() - t0) / 1000;
// CPU time too: on a shared, loaded machine wall time mostly measures the neighbours
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`sentences: ${n}`);
console.log(
  `events: ${events.length} (negated ${events.filter((e) => e.negated).length}, hypothetical ${events.filter((e) => e.hypothetical).length})`,
);
console.log(`time: ${seconds.toFixed(2)} s`);
console.log(`throughput: ${Math.round(n / seconds)} sentences/s (end to end, one core)`);
console.log(`CPU time: ${cpuSeconds.toFixed(2)} s → ${Math.round(n / cpuSeconds)} sentences per CPU-second`);
console.log(`load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB`);
