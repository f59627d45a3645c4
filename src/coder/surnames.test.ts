import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/mention.js';
import { DocumentSurnames } from './surnames.js';

const person = (text: string, country: string, entryId: string): ActorMention => ({
  start: 0,
  end: text.length,
  text,
  code: `${country}GOV`,
  country,
  name: text,
  entryId,
  type: 'leader',
  how: 'name',
  entryIds: [entryId],
});

const read = (names: DocumentSurnames, text: string) =>
  names.mentions(text, []).map((m) => `${m.text}:${m.code}`);

describe('surnames a report first wrote with the full name', () => {
  it('stand for that person later, family name first where a country writes it so', () => {
    const names = new DocumentSurnames();
    names.learn([person('Kwame Mensah', 'GHA', 'mensah'), person('Li Wei', 'CHN', 'li-wei')]);
    expect(read(names, 'In 2016 Mensah accused Li of lying; on 4 May Li replied.')).toEqual([
      'Mensah:GHAGOV',
      'Li:CHNGOV',
      'Li:CHNGOV',
    ]);
    expect(read(names, 'President Mensah spoke.')).toEqual(['Mensah:GHAGOV']);
  });

  it('name nobody inside another name, before it is learnt, or when two people share it', () => {
    const names = new DocumentSurnames();
    expect(read(names, 'Mensah spoke.')).toEqual([]);
    names.learn([person('Kwame Mensah', 'GHA', 'mensah')]);
    expect(read(names, 'Ama Mensah spoke. Mensah Road was closed.')).toEqual([]);
    names.learn([person('Kofi Mensah', 'TGO', 'kofi-mensah')]);
    expect(read(names, 'Mensah spoke.')).toEqual([]);
  });

  it('leave alone a surname that is a month', () => {
    const names = new DocumentSurnames();
    names.learn([person('Theresa May', 'GBR', 'may')]);
    expect(read(names, 'May 2019 was busy.')).toEqual([]);
  });
});
