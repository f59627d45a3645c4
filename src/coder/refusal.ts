/**
 * Cooperative acts refused: "declined to apologise to Jakarta", "refused to extradite the officer".
 * The act did not happen, but the refusal did, and CAMEO codes it under root 12 by what was
 * refused: a meeting (125), a signature (127), material help (121, 122) or a concession (124).
 * @module
 */

const BY_CODE: Record<string, string> = {
  '055': '124',
  '056': '124',
  '057': '127',
  '061': '1211',
  '062': '1212',
  '071': '1221',
  '072': '1222',
  '073': '1223',
  '074': '1224',
  '080': '124',
  '081': '1241',
  '082': '1242',
  '083': '123',
  '084': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
};

const BY_ROOT: Record<string, string> = { '04': '125', '05': '120', '06': '121', '07': '122', '08': '124' };

/** the root-12 code for refusing the cooperative act `code`; null for other acts (a refused threat stays negated) */
export function declinedCode(code: string): string | null {
  return BY_CODE[code] ?? BY_CODE[code.slice(0, 3)] ?? BY_ROOT[code.slice(0, 2)] ?? null;
}

/** polarity cues that make a negated act a refusal: the subject chose not to act */
export const REFUSAL_CUES = new Set(['refuse', 'decline']);
