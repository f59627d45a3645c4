import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDictionaryFiles } from '../src/actors/check.js';
import { defaultActorFiles, loadDefaultResolver } from '../src/actors/index.js';

// Coverage files for states, groups and bodies beyond the dyads we developed on: each row names
// someone or something in a sentence, a date and the code expected then; a second date outside
// the role must not give that role's code.
const coverageFiles = [
  'people-americas.tsv',
  'people-europe-more.tsv',
  'people-asia-pacific.tsv',
  'people-world-officials.tsv',
  'groups-armed.jsonl',
  'igos-extra.jsonl',
];

const resolver = loadDefaultResolver();

function codeOf(text: string, words: string, date: string): string {
  const found = resolver.findMentions(text, { date });
  const m = found.find((x) => x.text === words);
  if (!m) throw new Error(`no mention "${words}" in ${JSON.stringify(found.map((x) => x.text))} at ${date}`);
  return m.code;
}

// [sentence, words, date inside the role, code then, date outside it, code then]
const rows: [string, string, string, string, string, string][] = [
  [
    'Andrés Manuel López Obrador received the envoy.',
    'Andrés Manuel López Obrador',
    '2020-03-01',
    'MEXGOV',
    '2025-03-01',
    'MEX',
  ],
  [
    'Claudia Sheinbaum answered the tariff threat.',
    'Claudia Sheinbaum',
    '2025-02-01',
    'MEXGOV',
    '2020-02-01',
    'MEX',
  ],
  ['Lula da Silva flew to Beijing.', 'Lula da Silva', '2023-04-12', 'BRAGOV', '2015-04-12', 'BRAOPP'],
  ['Bolsonaro praised the deal.', 'Bolsonaro', '2020-01-10', 'BRAGOV', '2010-01-10', 'BRALEG'],
  ['Juan Guaidó asked Washington for help.', 'Juan Guaidó', '2019-02-01', 'VENOPP', '2010-02-01', 'VEN'],
  [
    'Michelle Bachelet criticised the crackdown.',
    'Michelle Bachelet',
    '2020-06-01',
    'IGOUNOHRIHCH',
    '2016-06-01',
    'CHLGOV',
  ],
  [
    'Gustavo Petro refused the deportation flights.',
    'Gustavo Petro',
    '2025-01-26',
    'COLGOV',
    '2015-01-26',
    'COL',
  ],
  [
    'Chrystia Freeland met her counterpart.',
    'Chrystia Freeland',
    '2018-06-01',
    'CANGOV',
    '2025-06-01',
    'CAN',
  ],
  ['Aleksandar Vučić visited Moscow.', 'Aleksandar Vučić', '2019-01-17', 'SRBGOV', '2005-01-17', 'SRB'],
  [
    'Slobodan Milosevic rejected the ultimatum.',
    'Slobodan Milosevic',
    '1999-03-23',
    'YUGGOV',
    '1995-03-23',
    'SRBGOV',
  ],
  ['Radosław Sikorski spoke in Kyiv.', 'Radosław Sikorski', '2024-05-01', 'POLGOV', '2016-05-01', 'POL'],
  ['Andrzej Duda signed the bill.', 'Andrzej Duda', '2020-05-01', 'POLGOV', '2025-09-01', 'POL'],
  ['Maia Sandu accused Moscow.', 'Maia Sandu', '2023-02-13', 'MDAGOV', '2020-02-13', 'MDAOPP'],
  ['Alexis Tsipras met the creditors.', 'Alexis Tsipras', '2015-07-01', 'GRCGOV', '2015-09-01', 'GRC'],
  ['Péter Szijjártó travelled to Minsk.', 'Péter Szijjártó', '2023-11-01', 'HUNGOV', '2010-11-01', 'HUN'],
  ['Rodrigo Duterte turned to Beijing.', 'Rodrigo Duterte', '2016-10-20', 'PHLGOV', '2023-10-20', 'PHL'],
  [
    'Ferdinand Marcos Jr. welcomed the Americans.',
    'Ferdinand Marcos Jr.',
    '2023-02-02',
    'PHLGOV',
    '2020-02-02',
    'PHL',
  ],
  ['Joko Widodo hosted the summit.', 'Joko Widodo', '2022-11-15', 'IDNGOV', '2025-11-15', 'IDN'],
  ['Min Aung Hlaing seized power.', 'Min Aung Hlaing', '2021-02-01', 'MMRMIL', '2009-02-01', 'MMR'],
  ['Sheikh Hasina fled to India.', 'Sheikh Hasina', '2024-01-01', 'BGDGOV', '2005-01-01', 'BGD'],
  ['Anthony Albanese met Xi Jinping.', 'Anthony Albanese', '2023-11-06', 'AUSGOV', '2020-11-06', 'AUS'],
  ['Jacinda Ardern condemned the attack.', 'Jacinda Ardern', '2019-03-16', 'NZLGOV', '2024-03-16', 'NZL'],
  [
    'Nasser Bourita met his Israeli counterpart.',
    'Nasser Bourita',
    '2020-12-22',
    'MARGOV',
    '2015-12-22',
    'MAR',
  ],
  [
    'Tedros Adhanom Ghebreyesus declared an emergency.',
    'Tedros Adhanom Ghebreyesus',
    '2020-01-30',
    'IGOUNOHLHWHO',
    '2014-01-30',
    'ETHGOV',
  ],
  [
    'Kristalina Georgieva warned of a slowdown.',
    'Kristalina Georgieva',
    '2022-04-01',
    'IGOBUSIMF',
    '2018-04-01',
    'IGOUNODEVWBK',
  ],
  ['The RSF besieged the city.', 'RSF', '2024-05-01', 'SDNREB', '2019-06-03', 'SDNMIL'],
  ['The TPLF fought federal troops.', 'TPLF', '2021-06-01', 'ETHREB', '2010-06-01', 'ETHGOV'],
  ['FARC commanders signed the accord.', 'FARC', '2016-09-26', 'COLREB', '2019-09-26', 'COLOPP'],
  ['The Haqqani network sheltered him.', 'Haqqani network', '2012-01-01', 'AFGINS', '2022-01-01', 'AFGGOV'],
];

describe('coverage files', () => {
  it('are loaded by default and pass dict check', () => {
    const files = defaultActorFiles();
    const names = files.map((f) => basename(f));
    for (const f of coverageFiles) expect(names).toContain(f);
    const report = checkDictionaryFiles(files);
    const ours = report.problems.filter((p) => coverageFiles.includes(basename(p.file)));
    expect(ours).toEqual([]);
  });

  it.each(rows)('%s → %s', (text, words, inside, code, outside, codeOutside) => {
    expect(codeOf(text, words, inside)).toBe(code);
    const other = codeOf(text, words, outside);
    expect(other).not.toBe(code);
    if (/^[A-Z]{3,}$/.test(codeOutside)) expect(other).toBe(codeOutside);
  });

  it('groups and bodies keep one code across dates', () => {
    const s = 'Al-Shabaab, Boko Haram, the OPCW, UNRWA, the OAS and UNIFIL were named.';
    expect(codeOf(s, 'Al-Shabaab', '2015-01-01')).toBe('SOMREB');
    expect(codeOf(s, 'Boko Haram', '2015-01-01')).toBe('NGAREB');
    expect(codeOf(s, 'OPCW', '2018-04-14')).toBe('IGO');
    expect(codeOf(s, 'UNRWA', '2024-01-26')).toBe('IGOUNOREF');
    expect(codeOf(s, 'OAS', '2019-01-10')).toBe('IGOOAS');
    expect(codeOf(s, 'UNIFIL', '2024-10-10')).toBe('IGOUNOPKO');
  });

  it('shared surnames follow the date and the title', () => {
    const s = 'Prime Minister Rasmussen answered Trump on Greenland.';
    expect(codeOf(s, 'Prime Minister Rasmussen', '2016-05-01')).toBe('DNKGOV');
    const t = 'President Kirchner met Chávez.';
    expect(codeOf(t, 'President Kirchner', '2005-05-01')).toBe('ARGGOV');
    expect(codeOf(t, 'President Kirchner', '2012-05-01')).toBe('ARGGOV');
    const u = 'Papandreou called early elections.';
    expect(codeOf(u, 'Papandreou', '2010-05-01')).toBe('GRCGOV');
    expect(codeOf(u, 'Papandreou', '2014-05-01')).toBe('GRC');
  });
});
