/**
 * Cooperative acts stopped: "stopped sending weapons to Kyiv", "ceased supplying gas to Chisinau",
 * "was no longer transferring arms". The help no longer flows, and that is itself an act: CAMEO
 * codes it under root 16 by what stopped: aid (162x), trade (163), talks (164), mediation (165).
 * @module
 */

const BY_CODE: Record<string, string> = {
  '070': '162',
  '071': '1621',
  '072': '1622',
  '073': '1623',
  '061': '163',
  '045': '165',
  '046': '164',
};

const BY_ROOT: Record<string, string> = { '04': '164', '07': '162' };

/** the root-16 code for stopping the cooperative act `code`; null for acts whose end says nothing */
export function haltedCode(code: string): string | null {
  return BY_CODE[code] ?? BY_CODE[code.slice(0, 3)] ?? BY_ROOT[code.slice(0, 2)] ?? null;
}

/** polarity cues that say an act went on until then and stopped, rather than that it never was */
export const HALTING_CUES = new Set(['stop', 'cease', 'halt', 'no longer']);
