/**
 * Decodes the character references that turn up in markdown and plain-text exports. HTML proper
 * goes through linkedom, which decodes them itself.
 * @module
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  shy: '',
  euro: '€',
  pound: '£',
  copy: '©',
  sect: '§',
  deg: '°',
  middot: '·',
  bull: '•',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  zwj: '',
  zwnj: '',
};

/** the decoded character and the reference's length, or null when `s` at `i` is not a reference */
export function decodeEntityAt(s: string, i: number): { value: string; length: number } | null {
  const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(s.slice(i, i + 12));
  if (!m) return null;
  const name = m[1];
  if (name[0] === '#') {
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return null;
    return { value: String.fromCodePoint(code), length: m[0].length };
  }
  const value = NAMED[name] ?? NAMED[name.toLowerCase()];
  return value === undefined ? null : { value, length: m[0].length };
}
