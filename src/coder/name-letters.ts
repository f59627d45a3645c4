/**
 * Letters of names written in Latin script, for the regular expressions that read names in running
 * text. `\w` and `[A-Z]` stop at the first accent, so "François Gouyette" was read as "Fran" and
 * "Şuşa" not at all. Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese) cover
 * the names our reports spell with diacritics; the ranges are written out so the expressions need
 * no `u` flag.
 * @module
 */

/** a capital that may open a name: "Ş", "Ł", "É" (Latin Extended-A mixes cases; rare enough) */
export const NAME_UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F';
/** a lower-case letter inside a name word */
export const NAME_LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F\\u1E00-\\u1EFF';
/** any letter, digit or underscore inside a name word (`\w` widened) */
export const NAME_LETTER = `\\w\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF`;
