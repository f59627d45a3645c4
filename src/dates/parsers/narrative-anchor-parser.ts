/**
 * Phrases that point back at narrative time without moving it: "by then", "at the time",
 * "at that point", "around the same time", "meanwhile"; "since then" and "until then" open
 * an interval from or to it.
 * @module
 */
import { regexParser, relative } from '../candidate.js';
import { makeValue } from '../time-value-ops.js';

const PATTERN =
  /\b(?:(by|since|until|till|up\s+to)\s+(?:then|that\s+time|that\s+point)|(?:at|around|about|by)\s+(?:the|that|this)\s+(?:very\s+)?(?:same\s+)?(?:time|point|moment|juncture|stage)|back\s+then|meanwhile|in\s+the\s+meantime)\b/gi;

export const narrativeAnchorParser = regexParser('narrative-anchor', PATTERN, (m) => {
  const open = m[1]?.toLowerCase();
  if (open === 'since') {
    const found = relative(
      'open',
      'narrative',
      'range',
      (ref) => makeValue(ref.start || ref.end, '', ref.precision, 'open', true),
      false,
    );
    return { ...found, openSide: 'end' };
  }
  if (open && open !== 'by') {
    return relative(
      'open',
      'narrative',
      'range',
      (ref) => makeValue('', ref.end || ref.start, ref.precision, 'open', true),
      false,
    );
  }
  return relative('relative', 'narrative', 'range', (ref) => ({ ...ref, inferred: true }), false);
});
