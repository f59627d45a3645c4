/**
 * Actor resolution speed: mentions resolved per second on a generated corpus, and the time to
 * load the real PETRARCH dictionaries (from ../shared/petrarch when present).
 * Run: npx tsx bench/actors.ts [sentences]
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createResolver, loadDefaultResolver } from '../src/actors/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.ENTENTE_SHARED ?? resolve(here, '..', '..', 'shared');

function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

// sentence frames in our own words, filled with actors of every kind
const frames = [
  '{A} accused {B} of stalling the talks in {Y}.',
  "In {Y}, {A}'s largest telecommunications firm signed a contract with a {D} company.",
  'President {P} met {A} officials and the head of the {D} Security Council.',
  '{D} troops and {D2} militias fought alongside the IRGC near the border.',
  'The {D}-backed rebels and the Northern Alliance clashed while {A} watched.',
  '{A}, {B}, Cuba and Venezuela voted against the motion at the UN Human Rights Council.',
  'Then-{D} Foreign Minister {P} told the Kremlin that the West was to blame.',
  'Analysts said the move would please neither the Gulf Arabs nor the EU, let alone NATO.',
  'One member of the {D} parliament warned that {B} could not be trusted.',
  'The weather in the capital was mild and markets were quiet for most of the week.',
];
const countries = [
  'Iran',
  'Russia',
  'China',
  'Turkey',
  'Syria',
  'Iraq',
  'Saudi Arabia',
  'Israel',
  'the United States',
  'Pakistan',
  'India',
  'Japan',
];
const demonyms = [
  'Iranian',
  'Russian',
  'Chinese',
  'Turkish',
  'Syrian',
  'Iraqi',
  'Saudi',
  'Israeli',
  'American',
  'Pakistani',
];
const people = [
  'Putin',
  'Medvedev',
  'Rouhani',
  'Khamenei',
  'Lavrov',
  'Zarif',
  'Erdogan',
  'Netanyahu',
  'Obama',
  'Xi Jinping',
];

function corpus(n: number): { text: string; date: string }[] {
  const out: { text: string; date: string }[] = [];
  let seed = 7;
  const pick = <T>(xs: T[]) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return xs[seed % xs.length];
  };
  for (let i = 0; i < n; i++) {
    const year = 1990 + (i % 35);
    const text = pick(frames)
      .replace('{A}', pick(countries))
      .replace('{B}', pick(countries))
      .replace('{D2}', pick(demonyms))
      .replace(/\{D\}/g, pick(demonyms))
      .replace('{P}', pick(people))
      .replace('{Y}', String(year));
    out.push({ text: text[0].toUpperCase() + text.slice(1), date: `${year}-06-01` });
  }
  return out;
}

const n = Number(process.argv[2] ?? 100_000);
let c0 = process.cpuUsage();
let t0 = performance.now();
const resolver = loadDefaultResolver();
console.log(
  `default dictionary: ${JSON.stringify(resolver.stats)} loaded in ${(performance.now() - t0).toFixed(0)} ms wall, ${cpuMs(c0).toFixed(0)} ms CPU`,
);

const sentences = corpus(n);
for (const s of sentences.slice(0, 2000)) resolver.findMentions(s.text, { date: s.date }); // warm-up
c0 = process.cpuUsage();
t0 = performance.now();
let mentions = 0;
for (const s of sentences) mentions += resolver.findMentions(s.text, { date: s.date }).length;
const wall = (performance.now() - t0) / 1000;
const cpu = cpuMs(c0) / 1000;
console.log(
  `findMentions: ${n} sentences, ${mentions} mentions in ${wall.toFixed(2)} s wall (${cpu.toFixed(2)} s CPU): ` +
    `${Math.round(n / wall)} sentences/s, ${Math.round(mentions / wall)} mentions/s wall; ${Math.round(n / cpu)} sentences/s CPU`,
);

const petrarch = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
  'Phoenix.agents.txt',
  'Phoenix.discards.txt',
].map((f) => join(shared, 'petrarch', f));
if (petrarch.every((f) => existsSync(f))) {
  for (let run = 1; run <= 3; run++) {
    c0 = process.cpuUsage();
    t0 = performance.now();
    const p = createResolver({ petrarchFiles: petrarch, problems: [] });
    console.log(
      `PETRARCH load run ${run}: ${JSON.stringify(p.stats)} in ${(performance.now() - t0).toFixed(0)} ms wall, ${cpuMs(c0).toFixed(0)} ms CPU`,
    );
    if (run === 3) {
      const s = corpus(20_000);
      t0 = performance.now();
      let m = 0;
      for (const x of s) m += p.findMentions(x.text, { date: x.date }).length;
      const w = (performance.now() - t0) / 1000;
      console.log(
        `PETRARCH findMentions: ${Math.round(s.length / w)} sentences/s, ${Math.round(m / w)} mentions/s`,
      );
    }
  }
} else console.log(`PETRARCH files not found under ${shared}/petrarch: load time not measured`);
console.log(
  `machine load average: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
