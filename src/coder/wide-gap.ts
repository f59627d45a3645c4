/**
 * The `~` element of a pattern: up to 12 words of anything, not across "which/who" or ";".
 * Built in one place for the pattern files and for the fallbacks derived from them.
 * @module
 */
import type { PatternElement } from './patterns.js';

export function wideGap(): PatternElement {
  return {
    kind: 'wide-gap',
    words: null,
    pos: null,
    slot: null,
    optional: true,
    trigger: false,
    functionWord: false,
  };
}
