/**
 * A trie over token keys: one walk from a position finds every dictionary phrase starting there,
 * so matching costs a few map lookups per token whatever the dictionary size.
 * @module
 */
import type { PhraseTarget } from './entry.js';
import type { Token } from './tokenize.js';

export class TrieNode {
  // most nodes have one child (name chains): keep it inline, a Map only from the second on
  private firstKey: string | null = null;
  private firstChild: TrieNode | null = null;
  private more: Map<string, TrieNode> | null = null;
  targets: PhraseTarget[] | null = null;
  /** on a root child: phrases starting with this word, not compiled yet */
  pending: (() => void)[] | null = null;

  child(key: string): TrieNode | undefined {
    if (this.firstKey === key) return this.firstChild as TrieNode;
    return this.more?.get(key);
  }

  hasChildren(): boolean {
    return this.firstKey !== null;
  }

  childOrCreate(key: string): TrieNode {
    const found = this.child(key);
    if (found) return found;
    const node = new TrieNode();
    if (this.firstKey === null) {
      this.firstKey = key;
      this.firstChild = node;
    } else {
      this.more ??= new Map();
      this.more.set(key, node);
    }
    return node;
  }
}

export interface TrieMatch {
  /** index of the token after the match */
  end: number;
  targets: PhraseTarget[];
}

// shared by every phraseless word; callers only read match lists. Not frozen: a frozen array is
// of its own elements kind, and the resolver's loops over match lists, meeting both kinds, no
// longer walked arrays in place but made an iterator result per step (6% of the coder's allocation)
const noMatches: TrieMatch[] = [];

export class PhraseTrie {
  readonly root = new TrieNode();
  size = 0;
  /**
   * Phrases filed under their first word and compiled when a text first uses that word: most of
   * PETRARCH's 40,000 phrases are never needed by a given run, so loading stays fast.
   */
  // waiting phrases hang on their first word's root node, so one look-up finds both
  pendingCount = 0;

  addLater(firstKey: string, compile: () => void): void {
    const node = this.root.childOrCreate(firstKey);
    node.pending ??= [];
    node.pending.push(compile);
    this.pendingCount++;
  }

  /** the root's child for a word, compiling phrases waiting on it first */
  rootChild(key: string): TrieNode | undefined {
    const node = this.root.child(key);
    const waiting = node?.pending;
    if (waiting) {
      (node as TrieNode).pending = null;
      this.pendingCount -= waiting.length;
      for (const compile of waiting) compile();
    }
    return node;
  }

  add(keys: string[], target: PhraseTarget): void {
    let node = this.root;
    for (const key of keys) node = node.childOrCreate(key);
    node.targets ??= [];
    // the same phrase listed twice for one entry (e.g. a name repeated as an alias) adds nothing,
    // but one spelt in another case ("NATO" and "Nato") widens the case the phrase may take
    const same = node.targets.findIndex(
      (t) =>
        t.kind === target.kind &&
        t.index === target.index &&
        t.how === target.how &&
        t.story === target.story,
    );
    if (same >= 0) {
      const widened = widerCase(node.targets[same], target);
      if (widened) node.targets[same] = widened;
      else {
        node.targets.push(target);
        this.size++;
      }
      return;
    }
    node.targets.push(target);
    this.size++;
  }

  /** every phrase starting at `start`, longest first, whose case rules the tokens meet */
  matchesAt(tokens: Token[], start: number): TrieMatch[] {
    if (start >= tokens.length) return noMatches;
    // most words start no phrase: settle them before allocating anything
    let node: TrieNode | undefined = this.rootChild(tokens[start].key);
    if (!node) return noMatches;
    const found: TrieMatch[] = [];
    for (let i = start; node; ) {
      if (node.targets) {
        const ok = fittingTargets(node.targets, tokens, start);
        if (ok.length) found.push({ end: i + 1, targets: ok });
      }
      if (++i >= tokens.length) break;
      node = node.child(tokens[i].key);
    }
    return found.length > 1 ? found.reverse() : found;
  }
}

/**
 * One target whose case rule takes both spellings, token by token the looser rule ("Nato" beside
 * "NATO": capitalised rather than exact); null when both want exact spellings that differ ("US"
 * and "Us" stay two targets)
 */
function widerCase(a: PhraseTarget, b: PhraseTarget): PhraseTarget | null {
  const caseRule: number[] = [];
  const exact: (string | null)[] = [];
  let anyExact = false;
  for (let j = 0; j < a.caseRule.length; j++) {
    const ra = a.caseRule[j];
    const rb = b.caseRule[j] ?? 0;
    if (ra === 2 && rb === 2 && a.exact?.[j] !== b.exact?.[j]) return null;
    const rule = Math.min(ra, rb);
    caseRule.push(rule);
    exact.push(rule === 2 ? (a.exact?.[j] ?? null) : null);
    if (rule === 2) anyExact = true;
  }
  return { ...a, caseRule, exact: anyExact ? exact : null };
}

/** the node's own list when every target fits (the usual case), so no copy is made; callers only read it */
function fittingTargets(targets: PhraseTarget[], tokens: Token[], start: number): PhraseTarget[] {
  for (let k = 0; k < targets.length; k++) {
    if (!caseFits(targets[k], tokens, start)) return targets.filter((t) => caseFits(t, tokens, start));
  }
  return targets;
}

function caseFits(target: PhraseTarget, tokens: Token[], start: number): boolean {
  const rule = target.caseRule;
  for (let j = 0; j < rule.length; j++) {
    const r = rule[j];
    if (r === 0) continue;
    const tok = tokens[start + j];
    if (r === 1 && !tok.cap) return false;
    if (r === 2 && tok.bare !== target.exact?.[j]) return false;
  }
  return true;
}
