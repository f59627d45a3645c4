/**
 * Whether a bare four-digit number in running text is a year. Counts ("1,000 troops",
 * "some 1500 soldiers"), labels ("Resolution 2231", "UNSCR 1929", "Article 5") and model
 * numbers ("S-300", "Su-35") share the digits; the words around them tell them apart.
 * Reads the words next to the number by hand: this runs for every four-digit number.
 * @module
 */

// a label noun directly before the number makes it an identifier, not a year
const LABELS = new Set(
  'resolution resolutions res reso article articles art flight flights unscr unsc no nos number numbers vol volume page pages p pp section sections chapter chapters paragraph paragraphs para clause clauses rule rules law laws decree decrees order orders item items amendment amendments model models type types code codes route routes highway highways room rooms case cases bill bills directive directives regulation regulations protocol protocols issue issues series block blocks unit units lot lots platoon platoons battalion battalions brigade brigades division divisions squadron squadrons hill hills height heights sura verse verses isbn issn doi tel phone fax box suite suites building buildings km index figure figures fig table tables annex appendix grade grades level levels version versions postcode zip gate pier exit mile kilometre kilometer frequency channel'.split(
    ' ',
  ),
);

// a unit or counted noun after the number makes it a quantity
const QUANTITIES = new Set(
  'troops soldiers fighters militants militiamen people persons men women children civilians casualties deaths dead killed wounded injured refugees prisoners members delegates students workers advisers advisors km kilometers kilometres miles meters metres feet ft tons tonnes barrels bpd dollars rials rubles roubles euros pounds yuan units missiles rockets tanks aircraft planes jets helicopters ships vessels vehicles rounds shells bombs hours minutes seconds days weeks months years percent cases votes seats pages words acres hectares kg mw megawatts sq square times strong more fewer'.split(
    ' ',
  ),
);

// these words before a number read it as a time; they outweigh a following noun
const TEMPORAL = new Set(
  'in since during until till circa ca c year years spring summer autumn fall winter'.split(' '),
);

// a hedge before a number reads it as a count unless it is late enough to be a modern year
const HEDGES = new Set(
  'some about approximately nearly almost over than up least roughly estimated of only just another additional extra all'.split(
    ' ',
  ),
);

// before 1500 a year needs one of these in front to be believed
const OLD_YEAR_CONTEXT = new Set(
  'of by from to after before the and between in since during until circa ca c'.split(' '),
);

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** the word ending just before `at` (skipping spaces, "#" and one "."), lowercased, or "" */
function wordBefore(text: string, at: number): { word: string; start: number } {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '#' || text[i] === '№' || text[i] === '\u00a0')) i--;
  if (i >= 0 && text[i] === '.') i--;
  const end = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  return { word: text.slice(i + 1, end).toLowerCase(), start: i + 1 };
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && text[i] === ' ') i++;
  const start = i;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase();
}

// "(Hollis 1991: 88)", "(Laird and Tareke 1994; Hollis 1991)", "as Hollis (1991: 88) shows": an
// author-date citation names a publication, not a time of the story
const CITATION_BEFORE =
  /(?:\(|;)\s*(?:[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}(?:\s+(?:and|&)\s+[A-Z][\p{L}'’-]+)?(?:\s+et\s+al\.?)?,?)\s*$/u;
const NARRATIVE_CITATION_BEFORE = /[A-Z][\p{L}'’-]+(?:\s+et\s+al\.?)?\s*\($/u;
const CITATION_AFTER = /^[a-z]?\s*(?:[:,;)]|$)/;
// "(Dublin: Lough Press, 2004)": a book's imprint; "Irish Historical Quarterly 41 (1999): 203–29": a
// journal's volume and year
const IMPRINT_BEFORE = /\([^()]{1,60}:\s*[^()]{1,80},\s*$/;
const VOLUME_BEFORE = /\b\d{1,3}\s*\($/;

function isCitationYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 3);
  if (!CITATION_AFTER.test(after)) return false;
  if (after[0] === ')' && IMPRINT_BEFORE.test(before)) return true;
  if (after.startsWith('):') && VOLUME_BEFORE.test(before)) return true;
  // "as Hollis (1991) shows", "Hollis (1991: 88) observes"
  if (NARRATIVE_CITATION_BEFORE.test(before) && /^[a-z]?(?:\)|\s*:\s*\d)/.test(text.slice(end, end + 5)))
    return true;
  return CITATION_BEFORE.test(before);
}

/**
 * true when text.slice(start, end) (four digits) reads as a year; `opensRange` skips the
 * checks on what follows, for the first year of "1980–88".
 */
export function readsAsYear(text: string, start: number, end: number, opensRange = false): boolean {
  const prevChar = start > 0 ? text[start - 1] : ' ';
  if (opensRange) end = start;
  const nextChar = opensRange ? ' ' : end < text.length ? text[end] : ' ';
  // glued to other symbols: "$2000", "#1929", "2015%", "S-2000", "1,2015", "v1.2015"
  if (/[\w$€£¥#%.,/:@+-]/.test(prevChar)) return false;
  if (/[\w%$€£@]/.test(nextChar)) return false;
  const next2 = opensRange ? '' : text.slice(end, end + 2);
  if (/^[.,]\d/.test(next2)) return false;
  // "2012-era", "1500-strong": a hyphenated compound is a modifier, except a year range ("1980-88")
  if (/^[-–][A-Za-z]/.test(next2)) return false;
  // digits in a row separated by spaces ("21 2222 1000") are a phone number or a table
  if (/\d\s$/.test(text.slice(Math.max(0, start - 2), start)) || /^\s\d/.test(next2)) return false;
  if (isCitationYear(text, start, end)) return false;
  const before = wordBefore(text, start);
  if (LABELS.has(before.word)) return false;
  const year = Number(text.slice(start, start + 4));
  if (TEMPORAL.has(before.word)) return opensRange || !/^\s*(?:%|percent\b)/i.test(text.slice(end, end + 10));
  if (!opensRange && QUANTITIES.has(wordAfter(text, end))) return false;
  const older = wordBefore(text, before.start).word;
  // "more than 1500", "up to 1500"
  if (year < 1800 && (HEDGES.has(before.word) || HEDGES.has(older))) return false;
  if (year < 1500 && !OLD_YEAR_CONTEXT.has(before.word)) return false;
  return true;
}
