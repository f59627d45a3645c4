/**
 * Scores exported events against a gold file with the same matching rules as
 * `../shared/eval/score.py` (kept in agreement by test/coder-eval.test.ts): mention-level
 * matching on the sentence, actor roots, QuadClass (core), CAMEO root (strict) and date overlap (dated).
 * @module
 */

export interface GoldItem {
  id: string;
  quote: string;
  source: string;
  target: string;
  code: string;
  alt?: string[];
  date?: string | null;
  symmetric?: boolean;
  required?: boolean;
  negative?: boolean;
}

export interface SystemEvent {
  sentence?: string | { text: string };
  quote?: string;
  text?: string;
  source?: string | { code?: string } | null;
  target?: string | { code?: string } | null;
  code?: string;
  date?: string | { start?: string; end?: string } | null;
}

export interface LevelScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  negativesHit: number;
  optionalMatched: number;
  goldRequired: number;
  goldFound: number;
  missed: string[];
}

export type Level = 'core' | 'strict' | 'dated';
export type Scores = Record<Level, LevelScore> & { systemEvents: number };

/** the normalisation of norm.py: markup, notes, quotes and dashes, spacing, case */
export function normText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/\^\d+|\[\d+\]/g, ' ')
    .replace(/\\\$/g, '$')
    .replace(/\\/g, '')
    .replace(/[*_]/g, '')
    .replace(/\u2019/g, "'")
    .replace(/\u2018/g, "'")
    .replace(/\u201c/g, '"')
    .replace(/\u201d/g, '"')
    .replace(/\u2014/g, ' - ')
    .replace(/\u2013/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const PLAIN: Record<string, string> = {
  UN: 'UNO',
  UNO: 'UNO',
  EU: 'EUR',
  EUR: 'EUR',
  NATO: 'NATO',
  GCC: 'GCC',
  ARL: 'ARL',
  ASEAN: 'ASEAN',
  IAEA: 'IAEA',
  OIC: 'OIC',
  SCO: 'SCO',
  EEU: 'EEU',
  EAEU: 'EEU',
  WST: 'WST',
  WEST: 'WST',
  SUN: 'RUS',
  USR: 'RUS',
  BRICS: 'BRICS',
  CSTO: 'CSTO',
  OPEC: 'OPEC',
};
const ORG: Record<string, string> = {
  UNO: 'UNO',
  EEC: 'EUR',
  NAT: 'NATO',
  GCC: 'GCC',
  ARL: 'ARL',
  ASN: 'ASEAN',
  IAE: 'IAEA',
  OIC: 'OIC',
  SCO: 'SCO',
  EEU: 'EEU',
  OPC: 'OPEC',
  CIS: 'CIS',
  WTO: 'WTO',
  IMF: 'IMF',
};
const WEST = new Set(['WST', 'USA', 'EUR', 'NATO', 'GBR', 'FRA', 'DEU']);

export function actorRoot(a: SystemEvent['source']): string {
  let s = typeof a === 'object' && a ? (a.code ?? '') : (a ?? '');
  s = s.toUpperCase().replace(/[^A-Z]/g, '');
  if (!s) return '';
  if (PLAIN[s]) return PLAIN[s];
  if (s.startsWith('IGO') && s.length > 3) {
    const body = s.slice(3);
    if (s.startsWith('IGOUNO') && !body.endsWith('IAE')) return 'UNO';
    const org = body.slice(-3);
    return ORG[org] ?? PLAIN[body] ?? org;
  }
  return PLAIN[s.slice(0, 3)] ?? s.slice(0, 3);
}

function actorOk(gold: string, root: string): boolean {
  return gold === 'WST' ? WEST.has(root) : gold === root;
}

export function quadOf(code: string): number | null {
  if (!/^\d\d/.test(code)) return null;
  const r = Number(code.slice(0, 2));
  if (r === 0) return null;
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

function interval(d: SystemEvent['date'] | string | undefined): [number, number] | null {
  if (d === null || d === undefined || d === '') return null;
  let s: string;
  if (typeof d === 'object') {
    if (!d.start) return null;
    s = d.end ? `${d.start}/${d.end}` : d.start;
  } else s = String(d);
  const parts = s.split('/');
  const lohi = (p: string): [number, number] | null => {
    const m = /^\s*(-?\d{4})(?:-(\d{2}))?/.exec(p);
    if (!m) return null;
    const y = Number(m[1]);
    return m[2] ? [y * 100 + Number(m[2]), y * 100 + Number(m[2])] : [y * 100 + 1, y * 100 + 12];
  };
  const a = lohi(parts[0]);
  const b = lohi(parts[parts.length - 1]);
  return a && b ? [a[0], b[1]] : null;
}

function overlap(gold: string | null | undefined, sys: SystemEvent['date']): boolean {
  const g = interval(gold);
  if (!g) return true;
  const s = interval(sys);
  return !!s && s[0] <= g[1] && g[0] <= s[1];
}

function sentenceOf(e: SystemEvent): string {
  for (const v of [e.sentence, e.quote, e.text]) {
    const s = typeof v === 'object' && v ? v.text : v;
    if (s) return normText(s);
  }
  return '';
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function scoreEvents(gold: GoldItem[], system: SystemEvent[]): Scores {
  const items = gold.map((g) => {
    const codes = [g.code, ...(g.alt ?? [])];
    return {
      g,
      q: normText(g.quote),
      quads: new Set(codes.map(quadOf).filter((x): x is number => x !== null)),
      roots: new Set(codes.map((c) => String(c).slice(0, 2))),
      cap: g.symmetric ? 2 : 1,
      used: [] as Array<[string, string]>,
    };
  });
  const ordered = [
    ...items.filter((i) => i.g.required && !i.g.negative),
    ...items.filter((i) => i.g.negative),
    ...items.filter((i) => !i.g.required && !i.g.negative),
  ];
  const prepared = system.map((e) => ({
    ss: sentenceOf(e),
    src: actorRoot(e.source),
    tgt: actorRoot(e.target),
    code: String(e.code ?? ''),
    date: e.date,
  }));
  const out = { systemEvents: system.length } as Scores;
  for (const level of ['core', 'strict', 'dated'] as Level[]) {
    let tp = 0;
    let fp = 0;
    let neg = 0;
    let neutral = 0;
    for (const i of items) i.used = [];
    for (const e of prepared) {
      const q = quadOf(e.code);
      let hit: (typeof items)[number] | null = null;
      for (const i of ordered) {
        if (i.used.length >= i.cap) continue;
        if (!(e.ss && (e.ss.includes(i.q) || (e.ss.length >= 40 && i.q.includes(e.ss))))) continue;
        const fwd = actorOk(i.g.source, e.src) && actorOk(i.g.target, e.tgt);
        const rev = !!i.g.symmetric && actorOk(i.g.source, e.tgt) && actorOk(i.g.target, e.src);
        if (!(fwd || rev)) continue;
        if (i.g.negative) {
          if ((q !== null && i.quads.has(q)) || i.roots.has(e.code.slice(0, 2))) {
            hit = i;
            break;
          }
          continue;
        }
        if (q === null || !i.quads.has(q)) continue;
        if (level !== 'core' && !i.roots.has(e.code.slice(0, 2))) continue;
        if (level === 'dated' && !overlap(i.g.date, e.date)) continue;
        if (i.used.length && i.used[0][0] === e.src && i.used[0][1] === e.tgt) continue;
        hit = i;
        break;
      }
      if (!hit) fp++;
      else if (hit.g.negative) {
        fp++;
        neg++;
      } else {
        hit.used.push([e.src, e.tgt]);
        if (hit.g.required) tp++;
        else neutral++;
      }
    }
    const req = items.filter((i) => i.g.required && !i.g.negative);
    const found = req.filter((i) => i.used.length).length;
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = req.length ? found / req.length : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    out[level] = {
      precision: round3(p),
      recall: round3(r),
      f1: round3(f),
      tp,
      fp,
      negativesHit: neg,
      optionalMatched: neutral,
      goldRequired: req.length,
      goldFound: found,
      missed: req.filter((i) => !i.used.length).map((i) => i.g.id),
    };
  }
  return out;
}

export function formatScores(s: Scores): string {
  const lines = (['core', 'strict', 'dated'] as Level[]).map((l) => {
    const r = s[l];
    return `${l.padEnd(6)} P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} tp=${r.tp} fp=${r.fp} neg=${r.negativesHit} found=${r.goldFound}/${r.goldRequired}`;
  });
  lines.push(`missed(dated): ${s.dated.missed.join(' ')}`);
  return lines.join('\n');
}
