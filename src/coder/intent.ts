/**
 * Acts announced for the future: "the two governments announced that relations would be
 * restored", "Washington said that the drills would be suspended". CAMEO codes the
 * announcement itself as an intent (root 03) for cooperative acts and as a threat (root 13) for
 * punitive ones, rather than the act, which has not happened yet.
 * @module
 */
import type { Token } from '../nlp/index.js';

const ANNOUNCING = new Set([
  'announce',
  'agree',
  'say',
  'decide',
  'promise',
  'pledge',
  'confirm',
  'declare',
  'state',
  'vow',
  'indicate',
  'signal',
  'reveal',
  // "was warning that it would break off relations unless …": a warning of one's own act threatens it
  'warn',
  'threaten',
  // "told reporters she would work with Lima", "added that Astana would comply …"
  'tell',
  'add',
  'insist',
  'reiterate',
  'stress',
  'assure',
]);

/** the announcing verb that governs a "would" clause holding the trigger, else null */
export function announcingVerb(tokens: Token[], trigger: number): number | null {
  let sawWould = false;
  for (let k = trigger - 1; k >= 0 && trigger - k <= 20; k--) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.') return null;
    if (t.lower === 'would' || t.lower === 'will' || t.lower === "'d") sawWould = true;
    if (t.lower === 'if' || t.lower === 'unless' || t.lower === 'whether') return null;
    if (sawWould && t.pos === 'VERB' && ANNOUNCING.has(t.lemma)) return k;
  }
  return null;
}

const WARNING = new Set(['warn', 'threaten']);

/** verbs that report a decision taken rather than a warning: what they announce is done */
const DECIDING = new Set(['announce', 'decide', 'confirm', 'declare']);

/** "announced that it would cut ties": a cut in relations or an expulsion announced as decided is reported as done */
export function decidedCut(code: string, announcing: string): boolean {
  // an expulsion or a visa ban decided on is as much done as a recall
  return (code.startsWith('16') || code === '172' || code === '174') && DECIDING.has(announcing);
}

/**
 * the intent (or threat) code for an act announced for later; null where CAMEO has none.
 * "announced that it would recall its ambassador" reports the decision to cut relations, which
 * is the act; "said it would recall" and "vowed to" still threaten it.
 */
export function announcedCode(code: string, announcing?: string): string | null {
  if (announcing && decidedCut(code, announcing)) return null;
  // a warning threatens: of a friendly act it is no intent ("warned that it would sign with Seoul")
  if (announcing && WARNING.has(announcing) && Number(code.slice(0, 2)) < 10) return null;
  if (code === '084' || code === '0841') return '0353';
  if (code === '085' || code === '081') return '0354';
  if (code === '087' || code === '0874') return '0356';
  const root = code.slice(0, 2);
  const byRoot: Record<string, string> = {
    '04': '036',
    '05': '032',
    '06': '031',
    '07': '033',
    '08': '035',
    '16': code === '163' ? '1312' : code === '161' ? '1313' : '131',
    '17': '130',
  };
  return byRoot[root] ?? null;
}

/**
 * the refusal code for a friendly act announced as not to be done, which CAMEO codes as a
 * rejection (root 12): "said it would not attend the summit" rejects a meeting (125), "would never
 * recognise the government" or "would not apologise" rejects outright (120), "would not lift the
 * embargo" or "would not withdraw" refuses to yield (124), "would not resume trade" refuses
 * cooperation (121). A threat or a blow said not to come ("would not retaliate") stays negated.
 */
export function refusedCode(code: string): string | null {
  const root = code.slice(0, 2);
  if (root === '04') return '125';
  // "would never forgive Kyiv" is a grudge, not a rejection of anything asked
  if (root === '05') return code === '056' ? null : '120';
  if (root === '06') return '121';
  if (root === '08') return '124';
  return null;
}

/** roots of acts done in words: statements, appeals, demands, disapproval, rejections, threats, protests */
const VERBAL_ROOTS = new Set(['01', '02', '09', '10', '11', '12', '13', '14']);

/**
 * "said it would keep holding Moscow responsible", "announced that it would reject the plan":
 * a verbal act announced for later is made by saying so, and the announcement is that act
 */
export function announcedVerbalAct(code: string): boolean {
  return VERBAL_ROOTS.has(code.slice(0, 2));
}
