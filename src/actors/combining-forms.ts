/**
 * The combining forms English joins to another state's name or adjective: "Franco-German",
 * "Sino-Soviet", "Anglo-Irish", "Indo-Pakistani", "Russo-Japanese". The form stands for its state
 * only before a hyphen and a capitalised word; alone, "Franco" is a surname and "Indo" nothing.
 * @module
 */

/** each combining form and the state it stands for (ISO 3166 alpha-3) */
const FORMS: Record<string, string> = {
  Anglo: 'GBR',
  Franco: 'FRA',
  Sino: 'CHN',
  Indo: 'IND',
  Russo: 'RUS',
  Turco: 'TUR',
  Turko: 'TUR',
  Greco: 'GRC',
  Graeco: 'GRC',
  Italo: 'ITA',
  Austro: 'AUT',
  Hispano: 'ESP',
  Luso: 'PRT',
  Germano: 'DEU',
  Serbo: 'SRB',
  Nippo: 'JPN',
  Japano: 'JPN',
  Perso: 'IRN',
  Irano: 'IRN',
  Dano: 'DNK',
  Belgo: 'BEL',
  Polono: 'POL',
  Sovieto: 'USR',
};

/** second halves that make a region, a people or a language family, no pair of states */
const NOT_A_STATE_AFTER =
  /^(?:Pacific|European|Europeans|Aryan|Aryans|Saxon|Saxons|Tibetan|Gangetic|Caribbean|Celtic|Norman|Normans|Catholic|Catholics|Protestant|Arabic|Germanic|Roman|Islamic|China)\b/;

const FORM_BEFORE_HYPHEN = new RegExp(`\\b(${Object.keys(FORMS).join('|')})[-‑–](?=[A-Z])`, 'g');

export interface CombiningFormSpan {
  start: number;
  end: number;
  text: string;
  country: string;
}

/** the combining forms in `text` that stand for a state */
export function combiningForms(text: string): CombiningFormSpan[] {
  if (!text.includes('o-') && !text.includes('o‑') && !text.includes('o–')) return [];
  const out: CombiningFormSpan[] = [];
  for (const m of text.matchAll(FORM_BEFORE_HYPHEN)) {
    const start = m.index as number;
    const end = start + m[1].length;
    if (NOT_A_STATE_AFTER.test(text.slice(end + 1))) continue;
    out.push({ start, end, text: m[1], country: FORMS[m[1]] });
  }
  return out;
}
