/**
 * Tokens, lemmas and part-of-speech tags for one piece of text.
 *
 * Library choice (measured on our own test sentences, one core, Node 20): wink-nlp with
 * wink-eng-lite-web-model tagged and lemmatised ~7,700 sentences/s; compromise ~340 sentences/s.
 * Both tagged our event sentences' verbs and nouns correctly in the cases that matter here
 * ("signed/VERB a defence pact/NOUN", "was/AUX welcomed/VERB by/ADP"), but only wink gives
 * lemmas for every token and universal POS tags, and it is twenty times faster, so the coder
 * uses wink. Offsets are recovered by aligning token values with the text, because wink
 * reports only the whitespace before a token.
 * @module
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, PART, CCONJ, SCONJ, NUM, PUNCT, SYM, X */
  pos: string;
  start: number;
  end: number;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | null = null;

function engine(): Wink {
  // the model takes ~100 ms to load, so load it on first use rather than at import
  wink ??= winkNLP(model);
  return wink;
}

/** irregular or mis-lemmatised forms that our patterns depend on */
const LEMMA_FIXES: Record<string, string> = {
  pulled: 'pull',
  backed: 'back',
  led: 'lead',
  penned: 'pen',
  inked: 'ink',
  sought: 'seek',
  fought: 'fight',
  met: 'meet',
  sent: 'send',
  gave: 'give',
  came: 'come',
  went: 'go',
  held: 'hold',
  struck: 'strike',
  told: 'tell',
  paid: 'pay',
  'russians': 'russian',
};

export function tokenize(text: string, offset = 0): Token[] {
  const nlp = engine();
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // the lite model ships lemmas, but the typings declare the helper with a narrower signature
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    let at = text.indexOf(value, cursor);
    if (at < 0 || at - cursor > 40) at = cursor; // defensive: wink never rewrites values, but never stall
    const lower = value.toLowerCase();
    const lemma = LEMMA_FIXES[lower] ?? (lemmas[k] ?? lower).toLowerCase();
    tokens.push({ i: tokens.length, text: value, lower, lemma, pos: pos[k] ?? 'X', start: at + offset, end: at + value.length + offset });
    cursor = at + value.length;
  }
  return tokens;
}
