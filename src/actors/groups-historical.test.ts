import { describe, expect, it } from 'vitest';
import { loadDefaultResolver } from './index.js';

// data/actors/groups-historical.jsonl: armed groups and liberation movements, dated where their status changed
const resolver = loadDefaultResolver();

function mentionOf(text: string, id: string, date: string) {
  return resolver.findMentions(text, { date }).find((m) => m.entryId === id);
}

function codeOf(text: string, id: string, date: string): string | undefined {
  return mentionOf(text, id, date)?.code;
}

describe('historical armed groups and liberation movements', () => {
  it.each([
    ['Viet Cong guerrillas attacked the US embassy in Saigon.', 'viet-cong', '1968-01-31', 'VNMREB'],
    ['The Lord’s Resistance Army abducted children in northern Uganda.', 'lra', '2003-06-01', 'UGAREB'],
    ["The Lord's Resistance Army crossed into Congo.", 'lra', '2008-12-01', 'UGAREB'],
    ['Washington armed the Contras from Honduras.', 'contras', '1984-05-01', 'NICREB'],
    ['Indian troops crossed the border to help the Mukti Bahini.', 'mukti-bahini', '1971-12-04', 'PAKSEP'],
    ['Anti-balaka militias attacked Muslim neighbourhoods of Bangui.', 'anti-balaka', '2014-02-01', 'CAFREB'],
    ['The Interahamwe manned roadblocks across Kigali.', 'interahamwe', '1994-04-12', 'RWAMIL'],
    [
      'Ambazonian separatists kidnapped students in Bamenda.',
      'ambazonian-separatists',
      '2018-11-05',
      'CMRSEP',
    ],
  ])('%s', (text, id, date, code) => {
    expect(codeOf(text, id, date)).toBe(code);
  });

  it('the Khmer Rouge are rebels before April 1975, rulers until January 1979, rebels again after', () => {
    const s = 'The Khmer Rouge entered Phnom Penh.';
    expect(codeOf(s, 'khmer-rouge', '1974-06-01')).toBe('KHMREB');
    expect(codeOf(s, 'khmer-rouge', '1975-04-17')).toBe('KHMGOV');
    expect(codeOf(s, 'khmer-rouge', '1978-12-01')).toBe('KHMGOV');
    expect(codeOf(s, 'khmer-rouge', '1985-01-01')).toBe('KHMREB');
  });

  it('the Sandinistas rule, lose power in 1990 and return in 2007', () => {
    const s = 'The Sandinistas accused Washington of aggression.';
    expect(codeOf(s, 'sandinistas', '1978-09-01')).toBe('NICREB');
    expect(codeOf(s, 'sandinistas', '1985-03-01')).toBe('NICGOV');
    expect(codeOf(s, 'sandinistas', '1996-10-01')).toBe('NICOPP');
    expect(codeOf('The FSLN won the election.', 'sandinistas', '2011-11-07')).toBe('NICGOV');
  });

  it('liberation movements become governments at independence', () => {
    expect(codeOf('FRELIMO fighters ambushed a Portuguese convoy.', 'frelimo', '1970-06-01')).toBe('MOZREB');
    expect(codeOf('Frelimo accused Pretoria of backing Renamo.', 'frelimo', '1984-03-16')).toBe('MOZGOV');
    expect(codeOf('Frelimo accused Pretoria of backing Renamo.', 'renamo', '1984-03-16')).toBe('MOZREB');
    expect(codeOf('SWAPO guerrillas crossed from Angola.', 'swapo', '1985-01-01')).toBe('NAMREB');
    expect(codeOf('Swapo won a two-thirds majority.', 'swapo', '2014-11-28')).toBe('NAMGOV');
    expect(codeOf('The Rwandan Patriotic Front took Kigali.', 'rpf', '1994-07-04')).toBe('RWAREB');
    expect(codeOf('The RPF government expelled the envoy.', 'rpf', '2006-11-24')).toBe('RWAGOV');
    expect(codeOf('UNITA shelled Cuito Cuanavale.', 'unita', '1988-01-15')).toBe('AGOREB');
    expect(codeOf('Unita joined the opposition benches.', 'unita', '2008-09-06')).toBe('AGOOPP');
  });

  it('the African National Congress: armed struggle before 1990, governing from 1994; "ANC" is not read', () => {
    const s = 'The African National Congress called for sanctions.';
    expect(codeOf(s, 'anc', '1985-06-01')).toBe('ZAFREB');
    expect(codeOf(s, 'anc', '1992-06-01')).toBe('ZAFOPP');
    expect(codeOf(s, 'anc', '2004-06-01')).toBe('ZAFGOV');
    expect(mentionOf('The ANC called for sanctions.', 'anc', '1985-06-01')).toBeUndefined();
  });

  it('spellings with and without diacritics name one group', () => {
    expect(codeOf('The Séléka seized Bangui.', 'seleka', '2013-03-24')).toBe('CAFGOV');
    expect(codeOf('The Seleka seized Bangui.', 'seleka', '2013-03-24')).toBe('CAFGOV');
    expect(codeOf('Ex-Seleka fighters clashed with anti-balaka.', 'seleka', '2015-01-01')).toBe('CAFREB');
  });

  it('Fano fought beside federal forces in Tigray, then against them', () => {
    expect(codeOf('Fano militias advanced into western Tigray.', 'fano', '2020-11-20')).toBe('ETHMIL');
    expect(codeOf('Fano fighters seized the town of Lalibela.', 'fano', '2023-08-03')).toBe('ETHREB');
  });

  it('"Ira" as a given name is no IRA', () => {
    const found = resolver.findMentions('Ira Glass interviewed the minister.', { date: '1990-01-01' });
    expect(found.some((m) => m.entryId === 'provisional-ira' || m.entryId === 'real-ira')).toBe(false);
  });
});
