/**
 * Throughput of date extraction and of the document timeline on a large generated text.
 * Run: npx tsx bench/dates.ts [sentences]
 */

import type { TimelineDocument } from '../src/dates/index.js';
import { createDocumentTimeline, extractTemporalExpressions } from '../src/dates/index.js';

const MONTHS = ['January', 'March', 'June', 'September', 'November'];
const ACTORS = ['Tehran', 'Moscow', 'Ankara', 'Baku', 'Kabul', 'Beijing'];
const TEMPLATES: Array<(i: number) => string> = [
  (i) => `In ${1990 + (i % 30)}, ${ACTORS[i % 6]} signed a trade accord with ${ACTORS[(i + 1) % 6]}.`,
  (i) => `A month later, the envoy from ${ACTORS[i % 6]} returned with a detailed plan.`,
  (i) => `The ministers met again in ${MONTHS[i % 5]} ${2000 + (i % 20)} to discuss the pipeline.`,
  (i) => `${ACTORS[i % 6]} criticised the sanctions but did not break off relations.`,
  (i) => `The S-300 contract worth $${800 + i} million was frozen, and 1,000 advisers left.`,
  () => `By then, the two capitals disagreed openly about the reactor at the coast.`,
  (i) => `From June ${1995 + (i % 10)} to June ${2005 + (i % 10)}, the council voted on six occasions.`,
  (i) => `Protests were crushed in the summer of ${2000 + (i % 15)}, and the embassy protested.`,
  (i) => `Since ${2000 + (i % 17)}, officials have spoken of a strategic partnership.`,
  (i) => `The paper reported on October ${1 + (i % 28)}, ${1990 + (i % 25)}, that talks had stalled.`,
  (i) => `In the ${1970 + 10 * (i % 4)}s both states backed the same faction in the valley.`,
  (i) => `Officials in ${ACTORS[i % 6]} currently describe the ties as cordial.`,
];

// sentences that state no time, as most sentences of an analytical text do
const PLAIN: Array<(i: number) => string> = [
  (i) =>
    `${ACTORS[i % 6]} has long regarded ${ACTORS[(i + 2) % 6]} as an unreliable partner in regional affairs.`,
  (i) => `The foreign ministry in ${ACTORS[i % 6]} rejected the accusation and summoned the ambassador.`,
  (i) => `Analysts doubt that the partnership will survive a change of leadership in ${ACTORS[(i + 3) % 6]}.`,
  () => `Officials described the talks as frank, but no joint statement followed the meeting.`,
];

const count = Number(process.argv[2] ?? 50000);
const dense: string[] = [];
for (let i = 0; i < count; i++) dense.push(TEMPLATES[i % TEMPLATES.length](i));
// two plain sentences for each dated one
const mixed: string[] = [];
for (let i = 0; i < count; i++)
  mixed.push(i % 3 === 0 ? TEMPLATES[(i / 3) % TEMPLATES.length](i) : PLAIN[i % PLAIN.length](i));

// CPU time rather than wall time: the bench often shares its cores with other work
function time<T>(run: () => T): { ms: number; result: T } {
  const t0 = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(t0);
  return { ms: (used.user + used.system) / 1000, result };
}

function buildDocument(sentences: string[]): TimelineDocument {
  let text = '';
  const docSentences: TimelineDocument['sentences'] = [];
  for (const [i, s] of sentences.entries()) {
    const start = text.length;
    text += `${s} `;
    docSentences.push({
      index: i,
      paragraphIndex: Math.floor(i / 6),
      sectionIndex: Math.floor(i / 60),
      start,
      end: start + s.length,
      text: s,
      citationKeys: [],
    });
  }
  return {
    text,
    sentences: docSentences,
    sections: Array.from({ length: Math.ceil(sentences.length / 60) }, (_, i) => ({
      index: i,
      heading: `Part ${i}`,
      level: 1,
      start: 0,
      end: 0,
    })),
    metadata: {
      title: null,
      author: null,
      publishedAt: '2017-06-01',
      sourcePath: 'bench',
      sourceUrl: null,
      contentHash: '',
      format: 'text',
      byteSize: text.length,
    },
  };
}

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');

function measure(label: string, sentences: string[]): void {
  // warm the regex engines before measuring
  for (const s of sentences.slice(0, 2000)) extractTemporalExpressions(s, { referenceDate: '2017-06-01' });
  const extracted = time(() => {
    let n = 0;
    for (const s of sentences) n += extractTemporalExpressions(s, { referenceDate: '2017-06-01' }).length;
    return n;
  });
  const doc = buildDocument(sentences);
  const built = time(() => createDocumentTimeline(doc));
  const dated = time(() => {
    let n = 0;
    for (const s of doc.sentences) {
      const at = s.start + Math.floor(s.text.length / 2);
      if (built.result.dateFor(s.index, at, at + 4).value) n++;
    }
    return n;
  });
  console.log(
    `${label}: ${sentences.length.toLocaleString('en-US')} sentences, ${doc.text.length.toLocaleString('en-US')} characters`,
  );
  console.log(
    `  extractTemporalExpressions: ${extracted.result.toLocaleString('en-US')} expressions in ${extracted.ms.toFixed(0)} ms CPU → ${rate(extracted.result, extracted.ms)} expressions/s, ${rate(sentences.length, extracted.ms)} sentences/s`,
  );
  console.log(
    `  createDocumentTimeline: ${built.ms.toFixed(0)} ms CPU → ${rate(sentences.length, built.ms)} sentences/s`,
  );
  console.log(
    `  dateFor, one trigger per sentence: ${dated.result.toLocaleString('en-US')} dated in ${dated.ms.toFixed(0)} ms CPU → ${rate(sentences.length, dated.ms)} calls/s`,
  );
}

measure('dense (every sentence states a time)', dense);
measure('mixed (one sentence in three states a time)', mixed);
