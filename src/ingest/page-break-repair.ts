/**
 * Text converted from PDF breaks paragraphs where pages ended, often mid-clause
 * ("…was playing ⏎⏎ its cards…"). Two paragraphs are one when the first stops without
 * terminal punctuation and the second begins in lower case, or the first stops on a word
 * that cannot end a sentence ("the", "of", "Russia's").
 * @module
 */
import { joinInline } from './inline-slice.js';
import type { RawBlock } from './raw-block.js';

const TERMINAL = /[.!?:;…][\s"'”’)\]]*$/;
const STARTS_LOWER = /^["'“‘([]*\p{Ll}/u;
const HYPHENATED = /\p{L}-$/u;
const CLAUSE_WORDS = new Set(
  'the a an of to in on at by for with from and or but nor as than that which who whose whom its their his her our your this these those into onto upon between among against about over under via per not whether while since because although if when where whereas both either neither such'.split(
    ' ',
  ),
);
// a long paragraph ending on a bare word or comma is a cut sentence even when the next page starts with a name
const LONG_PARAGRAPH = 200;

export interface RepairedBlocks {
  blocks: RawBlock[];
  /** for each output block, offsets in its text where two paragraphs were joined */
  joins: number[][];
}

export function repairPageBreaks(blocks: RawBlock[]): RepairedBlocks {
  const out: RawBlock[] = [];
  const joins: number[][] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (prev && continuesInto(prev, block)) {
      const separator = HYPHENATED.test(prev.text) && STARTS_LOWER.test(block.text) ? '' : ' ';
      joins[joins.length - 1].push(prev.text.length);
      out[out.length - 1] = {
        ...joinInline(prev, block, separator),
        kind: prev.kind,
        level: prev.level,
        ...(prev.ordinal !== undefined ? { ordinal: prev.ordinal } : {}),
      };
    } else {
      out.push(block);
      joins.push([]);
    }
  }
  return { blocks: out, joins };
}

export function continuesInto(a: RawBlock, b: RawBlock): boolean {
  if (a.kind === 'heading' || b.kind !== 'body' || a.text === '' || b.text === '' || a.cell || b.cell)
    return false;
  if (TERMINAL.test(a.text)) return false;
  if (STARTS_LOWER.test(b.text)) return true;
  const lastWord = /([\p{L}'’]+)\W*$/u.exec(a.text)?.[1] ?? '';
  if (CLAUSE_WORDS.has(lastWord.toLowerCase()) || /['’]s$/.test(lastWord)) return true;
  return a.text.length >= LONG_PARAGRAPH && /[\p{L}\d,]$/u.test(a.text);
}
