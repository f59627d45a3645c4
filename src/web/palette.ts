/**
 * Quad classes in the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; the reader also varies the underline style so colour is never the only cue.
 * @module
 */
export type Quad = 1 | 2 | 3 | 4;

export const QUAD_COLOURS: Record<Quad, string> = {
  1: '#009E73',
  2: '#0072B2',
  3: '#E69F00',
  4: '#D55E00',
};

export const QUAD_NAMES: Record<Quad, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const QUADS: Quad[] = [1, 2, 3, 4];

/** net cooperation on a diverging blue (cooperative) – vermillion (conflictual) scale */
export function netColour(net: number): string {
  if (net > 0) return '#0072B2';
  if (net < 0) return '#D55E00';
  return '#999999';
}
