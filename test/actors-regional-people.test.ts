import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDictionaryFiles } from '../src/actors/check.js';
import { type ActorMention, defaultActorFiles, loadDefaultResolver } from '../src/actors/index.js';

// People files added for dyads beyond Iran–Russia; each case checks a date inside a role and one outside it
const regionalFiles = [
  'people-turkey-israel.tsv',
  'people-arab-states.tsv',
  'people-asia-regional.tsv',
  'people-post-soviet.tsv',
  'people-extra.tsv',
];

const resolver = loadDefaultResolver();

function mentions(text: string, date: string): ActorMention[] {
  return resolver.findMentions(text, { date });
}

function codeOf(text: string, words: string, date: string): string {
  const found = mentions(text, date);
  const m = found.find((x) => x.text === words);
  if (!m) throw new Error(`no mention "${words}" in ${JSON.stringify(found.map((x) => x.text))} at ${date}`);
  return m.code;
}

describe('regional people files', () => {
  it('are loaded by default and pass dict check', () => {
    const files = defaultActorFiles();
    const names = files.map((f) => basename(f));
    for (const f of regionalFiles) expect(names).toContain(f);
    const report = checkDictionaryFiles(files);
    const ours = report.problems.filter((p) => regionalFiles.includes(basename(p.file)));
    expect(ours).toEqual([]);
  });

  it('Turkey: roles change with the date, with and without Turkish letters', () => {
    const s = 'On Tuesday İbrahim Kalın told reporters that Ankara would wait.';
    expect(codeOf(s, 'İbrahim Kalın', '2019-03-01')).toBe('TURGOV');
    expect(codeOf(s, 'İbrahim Kalın', '2024-03-01')).toBe('TURSPY');
    expect(codeOf(s, 'İbrahim Kalın', '2010-03-01')).toBe('TUR');
    const t = 'Kilicdaroglu accused the government, and Bahceli answered him.';
    expect(codeOf(t, 'Kilicdaroglu', '2016-05-01')).toBe('TUROPP');
    expect(codeOf(t, 'Bahceli', '2016-05-01')).toBe('TURLEG');
    expect(codeOf(t, 'Kilicdaroglu', '2005-05-01')).toBe('TUR');
    const u = 'The leader of the opposition, Özgür Özel, toured the south; Özel then flew home.';
    expect(codeOf(u, 'Özgür Özel', '2024-02-01')).toBe('TUROPP');
    expect(codeOf(u, 'Özel', '2024-02-01')).toBe('TUROPP');
  });

  it('Israel: intelligence chiefs, generals and ministers by date', () => {
    const s = 'Yossi Cohen travelled to Washington before Gadi Eisenkot spoke.';
    expect(codeOf(s, 'Yossi Cohen', '2018-01-10')).toBe('ISRSPY');
    expect(codeOf(s, 'Gadi Eisenkot', '2016-01-10')).toBe('ISRMIL');
    expect(codeOf(s, 'Gadi Eisenkot', '2020-01-10')).toBe('ISR');
    const t = 'Itamar Ben Gvir demanded a vote; Ben-Gvir later quit.';
    expect(codeOf(t, 'Itamar Ben Gvir', '2023-06-01')).toBe('ISRGOV');
    expect(codeOf(t, 'Ben-Gvir', '2025-02-01')).toBe('ISR');
  });

  it('Arab states: Gulf rulers, Libyan rivals, Lebanese premiers, militants', () => {
    const s = 'Khalifa Haftar rejected the offer, and Haftar moved troops; Qaddafi was long gone.';
    expect(codeOf(s, 'Khalifa Haftar', '2019-04-10')).toBe('LBYMIL');
    expect(codeOf(s, 'Haftar', '2019-04-10')).toBe('LBYMIL');
    expect(codeOf(s, 'Khalifa Haftar', '2009-04-10')).toBe('LBY');
    expect(codeOf('Colonel Gaddafi hosted envoys.', 'Colonel Gaddafi', '2005-04-10')).toBe('LBYGOV');
    const t = 'Hamad bin Jassim phoned Mohammed bin Rashid Al Maktoum.';
    expect(codeOf(t, 'Hamad bin Jassim', '2010-01-01')).toBe('QATGOV');
    expect(codeOf(t, 'Hamad bin Jassim', '2015-01-01')).toBe('QAT');
    expect(codeOf(t, 'Mohammed bin Rashid Al Maktoum', '2010-01-01')).toBe('AREGOV');
    const u = 'Nawaf Salam formed a cabinet after weeks of talks.';
    expect(codeOf(u, 'Nawaf Salam', '2025-03-01')).toBe('LBNGOV');
    expect(codeOf(u, 'Nawaf Salam', '2015-03-01')).toBe('LBN');
    const v = 'Abu Musab al-Zarqawi claimed the bombing.';
    expect(codeOf(v, 'Abu Musab al-Zarqawi', '2004-02-01')).toBe('IRQREB');
    expect(codeOf(v, 'Abu Musab al-Zarqawi', '2005-02-01')).toBe('IMGMUSALQ');
    const w = 'Nabil Elaraby chaired the meeting.';
    expect(codeOf(w, 'Nabil Elaraby', '2011-04-01')).toBe('EGYGOV');
    expect(codeOf(w, 'Nabil Elaraby', '2012-04-01')).toBe('IGOMEAARL');
    expect(codeOf('Mahdi al-Mashat addressed a rally in Sanaa.', 'Mahdi al-Mashat', '2020-01-01')).toBe(
      'YEMREB',
    );
  });

  it('Asia: Korean, Japanese, Taiwanese, South Asian and Afghan figures', () => {
    expect(codeOf('Choe Son Hui rejected the proposal.', 'Choe Son Hui', '2023-01-01')).toBe('PRKGOV');
    const s = 'Kang Kyung-wha and Taro Kono met in Tokyo.';
    expect(codeOf(s, 'Kang Kyung-wha', '2018-08-01')).toBe('KORGOV');
    expect(codeOf(s, 'Taro Kono', '2018-08-01')).toBe('JPNGOV');
    expect(codeOf(s, 'Kang Kyung-wha', '2022-08-01')).toBe('KOR');
    expect(codeOf('Tsai Ing-wen thanked the senators.', 'Tsai Ing-wen', '2020-01-01')).toBe('TWNGOV');
    expect(codeOf('Ajit Doval called his counterpart.', 'Ajit Doval', '2019-01-01')).toBe('INDGOV');
    const t = 'Sirajuddin Haqqani gave an interview.';
    expect(codeOf(t, 'Sirajuddin Haqqani', '2015-01-01')).toBe('AFGINS');
    expect(codeOf(t, 'Sirajuddin Haqqani', '2022-01-01')).toBe('AFGGOV');
  });

  it('post-Soviet states: Ukrainian commanders, Belarusian opposition, Georgian acting heads', () => {
    const s = 'Valerii Zaluzhnyi briefed allies, and Zaluzhnyi asked for shells.';
    expect(codeOf(s, 'Valerii Zaluzhnyi', '2022-10-01')).toBe('UKRMIL');
    expect(codeOf(s, 'Zaluzhnyi', '2024-06-01')).toBe('UKRGOV');
    expect(codeOf(s, 'Valerii Zaluzhnyi', '2019-10-01')).toBe('UKR');
    expect(codeOf('Sviatlana Tsikhanouskaya met MEPs.', 'Sviatlana Tsikhanouskaya', '2021-01-01')).toBe(
      'BLROPP',
    );
    const t = 'Nino Burjanadze signed the decree.';
    expect(codeOf(t, 'Nino Burjanadze', '2003-12-01')).toBe('GEOGOV');
    expect(codeOf(t, 'Nino Burjanadze', '2005-12-01')).toBe('GEOLEG');
  });

  it('extra US, Chinese and European figures', () => {
    const s = 'Meng Wanzhou flew back to Shenzhen after Meng reached a deal; Nancy Pelosi said nothing.';
    expect(codeOf(s, 'Meng Wanzhou', '2021-09-25')).toBe('CHNBUS');
    expect(codeOf(s, 'Meng', '2021-09-25')).toBe('CHNBUS');
    expect(codeOf(s, 'Nancy Pelosi', '2021-09-25')).toBe('USALEG');
    const t = 'Mario Draghi and Donald Tusk spoke before the summit.';
    expect(codeOf(t, 'Mario Draghi', '2015-01-01')).toBe('IGOEUREEC');
    expect(codeOf(t, 'Mario Draghi', '2022-01-01')).toBe('ITAGOV');
    expect(codeOf(t, 'Donald Tusk', '2010-01-01')).toBe('POLGOV');
    expect(codeOf(t, 'Donald Tusk', '2021-01-01')).toBe('POL');
    const u = 'Tulsi Gabbard testified, and Kevin McCarthy listened.';
    expect(codeOf(u, 'Tulsi Gabbard', '2025-06-01')).toBe('USASPY');
    expect(codeOf(u, 'Tulsi Gabbard', '2022-06-01')).toBe('USA');
    expect(codeOf(u, 'Kevin McCarthy', '2024-06-01')).toBe('USA');
    expect(codeOf('Speaker Johnson scheduled a vote.', 'Speaker Johnson', '2024-03-01')).toBe('USALEG');
  });

  it('guarded surnames do not fire on other people or places', () => {
    const ids = (text: string, date: string) => mentions(text, date).map((m) => m.entryId);
    // Zamir Kabulov is a Russian diplomat, not the Israeli chief of staff
    expect(ids('Zamir Kabulov met the delegation in Moscow.', '2025-06-01')).not.toContain('zamir');
    // the Qandil mountains shelter the PKK; not Egypt's prime minister Hesham Qandil
    expect(ids('Jets struck PKK camps in the Qandil mountains.', '2013-01-01')).not.toContain('qandil');
    expect(ids('Wladimir Klitschko joined the volunteers.', '2022-03-01')).not.toContain('klitschko');
  });

  it('a surname after another first name is someone else; after a title or a variant spelling the same person', () => {
    const codes = (text: string, date: string) => mentions(text, date).map((m) => `${m.text}=${m.code}`);
    // René Castro was Costa Rica's foreign minister, no Castro of Cuba
    expect(codes('René Castro demanded the withdrawal.', '2010-11-03').join(' ')).not.toMatch(/CUB/);
    expect(codes('Raúl Castro demanded the withdrawal.', '2010-11-03').join(' ')).toMatch(/CUB/);
    expect(codes('President Castro demanded the withdrawal.', '2010-11-03').join(' ')).toMatch(/CUB/);
    expect(codes('Dmitriy Medvedev welcomed the decision.', '2022-09-01').join(' ')).toMatch(/RUS/);
    expect(codes('FM Lavrov welcomed the decision.', '2022-09-01').join(' ')).toMatch(/RUS/);
    expect(codes('In Moscow Putin met the delegation.', '2022-09-01')).toContain('Putin=RUSGOV');
  });
});
