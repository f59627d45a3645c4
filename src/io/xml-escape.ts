/** Text and attribute values for XML: the five predefined entities, and no control characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  let clean = '';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    // XML 1.0 allows tab, LF and CR below 0x20, and forbids U+FFFE/U+FFFF
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) continue;
    clean += ch;
  }
  return clean
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
