import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../actors/mention.js';
import { ShortNames } from './short-names.js';

const council: ActorMention = {
  start: 4,
  end: 20,
  text: 'Security Council',
  code: 'IGOUNO',
  country: 'UNO',
  name: 'UN Security Council',
  entryId: 'unsc',
  type: 'igo',
  how: 'name',
  entryIds: ['unsc'],
};

/** a second council, named after the one a document's title names */
const gcc: ActorMention = {
  ...council,
  text: 'Gulf Cooperation Council',
  code: 'IGOPGSGCC',
  name: 'GCC',
  entryId: 'gcc',
};

/** short names learnt from a title naming the Security Council, then the Gulf council in sentence 3 */
function titledThenGulf(): ShortNames {
  const names = new ShortNames();
  names.learnLasting([council]);
  names.learn([gcc], 3);
  return names;
}

describe('short names of bodies', () => {
  it('reads "the Council" as the council named last', () => {
    const names = new ShortNames();
    names.learn([council], 0);
    const [m] = names.mentions('On Monday the Council demanded a ceasefire.', [], 1);
    expect([m.code, m.text, m.start, m.how]).toEqual(['IGOUNO', 'Council', 14, 'alias']);
  });

  it('reads "the Secretary-General" as the head of the body the title names, not of the one named last', () => {
    const [m] = titledThenGulf().mentions('In March the Secretary-General sent a mission.', [], 5);
    expect(m.code).toBe('IGOUNO');
    const untitled = new ShortNames();
    untitled.learn([gcc], 3);
    expect(untitled.mentions('In March the Secretary-General sent a mission.', [], 5)[0].code).toBe(
      'IGOPGSGCC',
    );
  });

  it('keeps "the Council" for the body the title names when another council is named on the way', () => {
    expect(titledThenGulf().mentions('On 20 July the Council adopted a resolution.', [], 5)[0].code).toBe(
      'IGOUNO',
    );
  });

  it('names nothing before the full name, after a long stretch, or inside another name', () => {
    const names = new ShortNames();
    expect(names.mentions('the Council met.', [], 0)).toEqual([]);
    names.learn([council], 0);
    expect(names.mentions('the Council met.', [], 40)).toEqual([]);
    expect(names.mentions('the Council of Europe met.', [], 1)).toEqual([]);
  });
});

describe('bodies named in a title', () => {
  it('keep their short form for the whole document', () => {
    const names = new ShortNames();
    names.learnLasting([council]);
    const [m] = names.mentions('Years later the Council acted.', [], 400);
    expect([m.code, m.text]).toEqual(['IGOUNO', 'Council']);
  });
});

describe('a court named once', () => {
  it('is "the Court" of the whole report, however long ago it was named', () => {
    const court: ActorMention = {
      ...council,
      text: 'International Court of Justice',
      code: 'IGOUNOJUDICJ',
      name: 'International Court of Justice',
      entryId: 'icj',
      entryIds: ['icj'],
    };
    const names = new ShortNames();
    names.learn([court], 0);
    const [m] = names.mentions('The Court held that no boundary had been agreed.', [], 200);
    expect(m.code).toBe('IGOUNOJUDICJ');
  });
});
