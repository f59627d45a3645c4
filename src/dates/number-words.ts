/**
 * Counts written as words in relative expressions ("two weeks later", "a few years after").
 * Vague counts carry a low and a high bound.
 * @module
 */

const WORDS: Readonly<Record<string, [number, number]>> = {
  a: [1, 1],
  an: [1, 1],
  one: [1, 1],
  two: [2, 2],
  three: [3, 3],
  four: [4, 4],
  five: [5, 5],
  six: [6, 6],
  seven: [7, 7],
  eight: [8, 8],
  nine: [9, 9],
  ten: [10, 10],
  eleven: [11, 11],
  twelve: [12, 12],
  fifteen: [15, 15],
  twenty: [20, 20],
  thirty: [30, 30],
  forty: [40, 40],
  fifty: [50, 50],
  'a couple of': [2, 2],
  'a few': [2, 4],
  few: [2, 4],
  several: [3, 6],
  'a number of': [2, 6],
  many: [5, 15],
};

export const COUNT_PATTERN = `(?:\\d{1,3}|a\\s+couple\\s+of|a\\s+few|a\\s+number\\s+of|${Object.keys(WORDS)
  .filter((w) => !w.includes(' '))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** [low, high] for a count written as digits or words, or null */
export function countRange(words: string): [number, number] | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) {
    const n = Number(w);
    return [n, n];
  }
  return WORDS[w] ?? null;
}
