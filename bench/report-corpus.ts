/**
 * Generated markdown reports that read like real analysis, for the throughput benches and for
 * checking that a speed change leaves the coder's output alone: roughly a third of the sentences
 * name two actors and an event, the rest are background, one-actor sentences, opinions, figures
 * and dates, with endnote markers and a notes section.
 * @module
 */
const STATES = [
  'Russia',
  'Iran',
  'China',
  'Turkey',
  'Brazil',
  'India',
  'Japan',
  'Egypt',
  'Israel',
  'Germany',
  'France',
  'Saudi Arabia',
  'Qatar',
  'Ukraine',
  'Pakistan',
  'the United States',
];
const CAPITALS = [
  'Moscow',
  'Tehran',
  'Beijing',
  'Ankara',
  'Brasilia',
  'New Delhi',
  'Tokyo',
  'Cairo',
  'Jerusalem',
  'Berlin',
  'Paris',
  'Riyadh',
  'Doha',
  'Kyiv',
  'Islamabad',
  'Washington',
];
const DEMONYMS = [
  'Russian',
  'Iranian',
  'Chinese',
  'Turkish',
  'Brazilian',
  'Indian',
  'Japanese',
  'Egyptian',
  'Israeli',
  'German',
  'French',
  'Saudi',
  'Qatari',
  'Ukrainian',
  'Pakistani',
  'American',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

type Parts = { a: string; b: string; da: string; y: number; m: string; n: number };

// two actors and an event word: the sentences the coder exists for
const EVENTS: Array<(p: Parts) => string> = [
  (p) => `In ${p.m} ${p.y}, ${p.a} signed a trade agreement with ${p.b}.`,
  (p) => `${p.a} imposed new sanctions on ${p.b} in ${p.y}, citing its missile programme.`,
  (p) => `The ${p.da} foreign minister visited ${p.b} on ${p.n} ${p.m} ${p.y} to discuss energy prices.`,
  (p) => `${p.a} did not criticize ${p.b} over the border incident.`,
  (p) => `${p.a}, which was backed by ${p.b}, rejected the proposal for a ceasefire.`,
  (p) => `${p.a} might attack ${p.b} if the talks collapse.`,
  (p) => `${p.a}'s withdrawal from ${p.b} in ${p.y} surprised most observers.`,
  (p) => `A month later ${p.a} accused ${p.b} of arming the rebels in the north.`,
  (p) => `${p.a} agreed to sell ${p.n} fighter jets to ${p.b}, a deal worth $${p.n} billion.`,
  (p) => `${p.b} was condemned by ${p.a} for the strike on the convoy.`,
  (p) => `Officials in ${p.a} held talks with their counterparts from ${p.b} in ${p.m}.`,
  (p) => `${p.a} expelled two diplomats from ${p.b} after the spying scandal broke.`,
  (p) => `${p.a} and ${p.b} signed a defence pact in ${p.y}.`,
  (p) => `In ${p.y} ${p.a} threatened to cut gas supplies to ${p.b}.`,
  (p) => `${p.a} voted against the resolution that ${p.b} had drafted.`,
];
// the rest of a report: context, figures, opinions, one actor, or two actors without an event
const BACKGROUND: Array<(p: Parts) => string> = [
  (p) => `The parliament of ${p.a} debated a new budget for schools and hospitals.`,
  () => 'Commodity prices rose sharply during the second quarter of the year.',
  (p) => `Analysts expect the economy of ${p.a} to grow faster than that of ${p.b} after ${p.y}.`,
  (p) => `Inflation reached ${p.n} percent in ${p.m}, the highest level in a decade.`,
  () => 'This section reviews the main episodes and the arguments on each side.',
  (p) => `${p.a} has a population of about ${p.n} million people and a large army.`,
  () => 'Most of these questions remain open, and the evidence is thin.',
  (p) => `The ${p.da} economy depends heavily on exports of oil and gas.`,
  (p) => `Elections were held in ${p.a} in ${p.m} ${p.y}, and turnout was low.`,
  () => 'The pattern that emerges is one of caution rather than commitment.',
  (p) => `For ${p.a}, the decisive factor was the price of wheat.`,
  () => 'Few observers expected the crisis to last more than a few weeks.',
  (p) => `Both ${p.a} and ${p.b} have large diasporas in Europe.`,
  (p) => `Writing in ${p.y}, one historian described the period as a lost decade.`,
  () => 'The report draws on interviews, official statements and press coverage.',
  (p) => `Trade between ${p.a} and ${p.b} stood at $${p.n} billion in ${p.y}.`,
  () => 'Public opinion, however, moved slowly and unevenly.',
  (p) => `The ${p.da} press gave the story little attention at the time.`,
  (p) => `Since ${p.y} the region has seen three changes of government.`,
  () => 'Energy security became a central theme of the debate.',
  (p) => `${p.a}'s navy is small, but it is growing quickly.`,
  () => 'The figures below are estimates and should be read with care.',
  (p) => `The summit in ${p.b} ended without a joint statement on climate.`,
  () => 'Many of the documents from this period are still classified.',
  (p) => `On ${p.n} ${p.m} ${p.y} the central bank raised interest rates again.`,
  () => 'Critics argued that the policy was both costly and ineffective.',
  (p) => `Relations with ${p.b} were described by one diplomat as correct but cool.`,
  () => 'The next chapter turns to the military dimension.',
  (p) => `${p.a} is a member of several regional organisations.`,
  () => 'By most measures, the results were modest.',
];

function rng(seed: number): (k: number) => number {
  let s = seed;
  return (k) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % k;
  };
}

export function makeDocument(seed: number, sentences: number): string {
  const rand = rng(seed);
  const out = [
    `---\ntitle: Generated report ${seed}\ndate: 2021-06-01\n---\n`,
    `# Generated report ${seed}\n`,
  ];
  let note = 0;
  let written = 0;
  while (written < sentences) {
    if (rand(10) === 0) out.push(`## Section ${out.length}\n`);
    const paragraph: string[] = [];
    for (let i = 0, k = 3 + rand(5); i < k && written < sentences; i++, written++) {
      const a = rand(STATES.length);
      let b = rand(STATES.length);
      if (b === a) b = (b + 1) % STATES.length;
      const parts: Parts = {
        a: STATES[a],
        b: rand(3) === 0 ? CAPITALS[b] : STATES[b],
        da: DEMONYMS[a],
        y: 1990 + rand(33),
        m: MONTHS[rand(12)],
        n: 2 + rand(27),
      };
      const pool = rand(3) === 0 ? EVENTS : BACKGROUND;
      let s = pool[rand(pool.length)](parts);
      s = s[0].toUpperCase() + s.slice(1);
      if (rand(5) === 0) s += `<sup>${++note}</sup>`;
      paragraph.push(s);
    }
    out.push(`${paragraph.join(' ')}\n`);
  }
  out.push('## Notes\n');
  for (let n = 1; n <= note; n++)
    out.push(`<sup>${n}</sup> A. Writer, "Dispatch ${n}," *The Review*, May ${1 + (n % 28)}, 2020.\n`);
  return out.join('\n');
}
