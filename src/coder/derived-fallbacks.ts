/**
 * Subject–verb–object fallbacks derived from the plain verb patterns. A pattern written as
 * `condemn $T` or `apologise to $T` reads its target right after the verb; in analysts' prose the
 * actor often stands further down the object ("condemned the conduct of Bolivian officials",
 * "apologised in parliament to the Korean victims"). Each such pattern lends its verbs to a
 * fallback with a wide gap before the target, as PETRARCH reads a verb it has no phrase for, but
 * only the verbs whose every verb pattern is of one CAMEO root: "call" (appeal, telephone, name)
 * or "hold" (talks, detainees) stay with their phrases.
 * @module
 */
import type { Pattern } from './patterns.js';
import { wideGap } from './wide-gap.js';

const root = (code: string) => code.slice(0, 2);

/** `verb $T` or `verb prep $T`, the shapes whose target the verb takes directly */
function plainShape(p: Pattern): boolean {
  const [verb, ...rest] = p.elements;
  if (p.triggerIndex !== 0 || verb.kind !== 'word' || verb.pos !== 'V' || verb.optional) return false;
  if (p.fallback || p.sym || p.place || p.unless.size || !p.src.every((s) => s === 'subj' || s === 'slot'))
    return false;
  const last = rest.at(-1);
  if (last?.kind !== 'slot' || last.slot !== 'T' || last.optional) return false;
  const between = rest.slice(0, -1);
  return (
    between.length === 0 ||
    (between.length === 1 && between[0].kind === 'word' && between[0].functionWord && !between[0].optional)
  );
}

/** the roots every verb-triggered pattern gives each trigger word */
function verbRoots(patterns: Pattern[]): Map<string, Set<string>> {
  const roots = new Map<string, Set<string>>();
  for (const p of patterns) {
    const trigger = p.elements[p.triggerIndex];
    if (trigger.pos === 'N' || trigger.pos === 'A' || !trigger.words) continue;
    for (const w of trigger.words) {
      const set = roots.get(w) ?? new Set<string>();
      set.add(root(p.code));
      roots.set(w, set);
    }
  }
  return roots;
}

export function deriveFallbacks(patterns: Pattern[]): Pattern[] {
  const roots = verbRoots(patterns);
  const derived: Pattern[] = [];
  for (const p of patterns) {
    if (!plainShape(p)) continue;
    const verb = p.elements[0];
    const words = new Set([...(verb.words ?? [])].filter((w) => roots.get(w)?.size === 1));
    if (!words.size) continue;
    const [, ...rest] = p.elements;
    derived.push({
      ...p,
      id: `${p.id}.fb`,
      elements: [{ ...verb, words }, wideGap(), ...rest],
      tgt: p.tgt,
      fallback: true,
    });
  }
  return derived;
}
