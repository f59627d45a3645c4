/**
 * ICEWS sector words to CAMEO role codes, where the correspondence is clear. ICEWS lists several
 * sectors per actor ("Military,Government"); the most specific one that maps wins.
 * @module
 */

/** in priority order: a military or police body inside government is coded by its arm */
const SECTOR_RULES: [RegExp, string][] = [
  [/^Military$|^Marines$|^Army$|^Navy$|^Air Force$|Defense \/ Security Ministry/i, 'MIL'],
  [/^Police$|Law Enforcement/i, 'COP'],
  [/^Intelligence/i, 'SPY'],
  [/^Judicial$|^Legal$|Justice Ministry/i, 'JUD'],
  [/Legislative|Parliament|Upper House|Lower House|Unicameral/i, 'LEG'],
  [/^Rebel$|^Insurgents$/i, 'REB'],
  [/Unidentified Forces/i, 'UAF'],
  [/Criminals|Gangs/i, 'CRM'],
  [/Protestors|Popular Opposition|Dissident|Opposition Major Party/i, 'OPP'],
  [/^Business$|Multinational|Industrial/i, 'BUS'],
  [/^Media$|^News$|State Media/i, 'MED'],
  [/^Education$/i, 'EDU'],
  [/^Medical \/ Health$|Health Ministry/i, 'HLH'],
  [/^Labor$|Unions/i, 'LAB'],
  [/^Agricultural$/i, 'AGR'],
  [/Refugees|Displaced/i, 'REF'],
  [/^Elite$/i, 'ELI'],
  [/General Population|Civilian/i, 'CVL'],
  [/Human Rights/i, 'HRI'],
  [/Government|Executive|Cabinet|Ministry|Foreign Ministry/i, 'GOV'],
];

/** the CAMEO role code for an ICEWS sector list, or null when none is clear */
export function sectorCode(sectors: string): string | null {
  if (!sectors || sectors === 'NA') return null;
  const list = sectors.split(',').map((s) => s.trim());
  for (const [pattern, code] of SECTOR_RULES) if (list.some((s) => pattern.test(s))) return code;
  return null;
}

/** international bodies ICEWS names without a country */
const IGO_NAMES: [RegExp, string][] = [
  [/^United Nations Security Council$/i, 'IGOUNO'],
  [/^International Atomic Energy Agency$/i, 'IGOUNOIAE'],
  [/^World Health Organization$/i, 'IGOUNOWHO'],
  [/^United Nations/i, 'IGOUNO'],
  [/^European Union|^European Commission|^European Parliament/i, 'IGOEUREEC'],
  [/^North Atlantic Treaty Organization|^NATO$/i, 'IGOWSTNAT'],
];

/** a CAMEO code for a body with no country: known IGOs by name, else IGO/NGO by sector */
export function stateless(name: string, sectors: string): string | null {
  for (const [pattern, code] of IGO_NAMES) if (pattern.test(name)) return code;
  if (/Government Organization|IGOs?\b/i.test(sectors)) return 'IGO';
  if (/Nongovernmental Organization|NGOs?\b/i.test(sectors)) return 'NGO';
  return sectorCode(sectors);
}
