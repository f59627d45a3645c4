/**
 * Whether a bare four-digit number in running text is a year. Counts ("1,000 troops",
 * "some 1500 soldiers"), labels ("Resolution 2231", "UNSCR 1929", "Article 5") and model
 * numbers ("S-300", "Su-35") share the digits; the words around them tell them apart.
 * @module
 */

// a label noun directly before the number makes it an identifier, not a year
const LABEL_BEFORE =
  /(?:^|[^\w])(?:resolutions?|articles?|flights?|unscr|unsc|nos?|numbers?|vol|volume|pages?|pp?|sections?|chapters?|paragraphs?|para|clauses?|rules?|laws?|decrees?|orders?|items?|amendments?|models?|types?|codes?|routes?|highways?|rooms?|cases?|bills?|directives?|regulations?|protocols?|issues?|series|blocks?|units?|lots?|platoons?|battalions?|brigades?|divisions?|squadrons?|hills?|heights?|sura|verses?|isbn|issn|doi|tel|phone|fax|box|suites?|buildings?|km|index|figures?|fig|tables?|annex|appendix|grades?|levels?|versions?|v|postcode|zip|gate|pier|exit|mile|kilometre|kilometer|frequency|channel)\.?\s*[#№]?\s*$/i;

// a unit or counted noun after the number makes it a quantity
const QUANTITY_AFTER =
  /^\s*(?:troops|soldiers|fighters|militants|people|persons|men|women|children|civilians|casualties|deaths|dead|killed|wounded|injured|refugees|prisoners|members|delegates|students|workers|km|kilometers|kilometres|miles|meters|metres|feet|ft|tons|tonnes|barrels|bpd|dollars|rials|rubles|roubles|euros|pounds|yuan|units|missiles|rockets|tanks|aircraft|planes|jets|helicopters|ships|vessels|vehicles|rounds|shells|bombs|hours|minutes|seconds|days|weeks|months|years|percent|per\s+cent|cases|votes|seats|pages|words|acres|hectares|kg|mw|megawatts|sq|square|times|strong|more|fewer|or\s+so)\b/i;

// these words before a number read it as a time; they outweigh a following noun
const TEMPORAL_BEFORE =
  /(?:^|[^\w])(?:in|since|during|until|till|circa|ca\.|c\.|year|years|spring|summer|autumn|fall|winter)\s*$/i;

// a hedge before a number reads it as a count unless a temporal word came first
const HEDGE_BEFORE =
  /(?:^|[^\w])(?:some|about|approximately|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|roughly|estimated|total\s+of|only|just|another|additional|extra|all)\s*$/i;

/**
 * true when text.slice(start, end) (four digits) reads as a year; looks at most
 * 40 characters either side so the cost does not grow with the text.
 */
export function readsAsYear(text: string, start: number, end: number): boolean {
  const prevChar = start > 0 ? text[start - 1] : ' ';
  const nextChar = end < text.length ? text[end] : ' ';
  // glued to other symbols: "$2000", "#1929", "2015%", "S-2000", "1,2015", "v1.2015"
  if (/[\w$€£¥#%.,/:@-]/.test(prevChar)) return false;
  if (/[\w%$€£@]/.test(nextChar)) return false;
  const after = text.slice(end, end + 12);
  if (/^[.,]\d/.test(after)) return false;
  // "2012-era", "1500-strong": a hyphenated compound is a modifier, except a year range ("1980-88")
  if (/^[-–]\s*[A-Za-z]/.test(after)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (LABEL_BEFORE.test(before)) return false;
  if (TEMPORAL_BEFORE.test(before)) return !/^\s*%|^\s*percent\b/i.test(text.slice(end, end + 10));
  if (QUANTITY_AFTER.test(text.slice(end, end + 24))) return false;
  const year = Number(text.slice(start, end));
  // before 1800 a bare number in modern prose is more often a count than a year
  if (HEDGE_BEFORE.test(before) && year < 1800) return false;
  if (year < 1500 && !/(?:^|[^\w])(?:of|by|from|to|after|before|the|and|between)\s*$/i.test(before))
    return false;
  return true;
}
