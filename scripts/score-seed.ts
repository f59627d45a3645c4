/**
 * Codes the seed essay and scores it with ../shared/eval/score.py.
 * usage: npx tsx scripts/score-seed.ts [out.jsonl]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createCoder } from '../src/coder/index.js';
import { readDocument } from '../src/ingest/index.js';

const shared = process.env.ENTENTE_SHARED ?? '../shared';
const out = process.argv[2] ?? '/tmp/entente-seed.jsonl';
const doc = await readDocument(`${shared}/seed/irans-russian-conundrum.md`);
const t0 = performance.now();
const events = createCoder().codeDocument(doc);
const ms = performance.now() - t0;
const lines = events
  .filter((e) => !e.negated && !e.hypothetical && e.target)
  .map((e, i) =>
    JSON.stringify({
      id: i + 1,
      doc: doc.name,
      sentence: doc.sentences[e.sentenceIndex].text,
      span: e.trigger.span,
      trigger: e.trigger.text,
      source: { code: e.source.code, name: e.source.name },
      target: { code: e.target?.code, name: e.target?.name },
      code: e.code,
      quad: e.quad,
      goldstein: e.goldstein,
      date: e.date
        ? { start: e.date.start, end: e.date.end, precision: e.date.precision, inferred: e.date.inferred }
        : null,
      negated: e.negated,
      hypothetical: e.hypothetical,
      rules: e.ruleIds,
    }),
  );
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(
  `${events.length} events (${lines.length} exported) from ${doc.sentences.length} sentences in ${ms.toFixed(0)} ms → ${out}`,
);
console.log(
  execFileSync('python3', [`${shared}/eval/score.py`, `${shared}/eval/seed-gold.jsonl`, out], {
    encoding: 'utf8',
  }),
);
