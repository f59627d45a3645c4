import { describe, expect, it } from 'vitest';
import type { ActorMention, EntryInfo } from '../actors/index.js';
import { createTenureLookup } from './tenure-lookup.js';

function fakeResolver(type: ActorMention['type'], roles: EntryInfo['roles']) {
  const mention = {
    start: 0,
    end: 4,
    text: 'Name',
    code: 'XXXGOV',
    country: 'XXX',
    name: 'Name',
    entryId: 'p',
    type,
    how: 'surname',
    entryIds: ['p'],
  } as ActorMention;
  return {
    findMentions: (text: string) => (text === 'Name' ? [mention] : []),
    entry: (id: string) =>
      id === 'p'
        ? ({
            id,
            name: 'Name',
            type,
            code: null,
            country: 'XXX',
            roles,
            phrases: [],
            source: 'test',
          } as EntryInfo)
        : undefined,
  };
}

describe('createTenureLookup', () => {
  it('spans the leading roles, with an exclusive end on the 1st giving the month before', () => {
    const lookup = createTenureLookup(
      fakeResolver('leader', [
        { code: 'XXXGOV', from: '1990-02-10', to: '1994-06-15', title: 'mayor of the capital' },
        { code: 'XXXGOV', from: '1998-03-20', to: '2004-03-01', title: 'president' },
        { code: 'XXXGOV', from: '2004-03-01', to: '2006-07-09', title: 'prime minister' },
        { code: 'XXXELI', from: '2006-07-09', title: 'former president' },
      ]),
    );
    expect(lookup('Name')).toEqual({
      start: '1998-03',
      end: '2006-07',
      precision: 'range',
      type: 'range',
      inferred: true,
    });
    expect(lookup('Somebody Else')).toBeNull();
  });

  it('falls back to untitled government roles and leaves a current term open', () => {
    const lookup = createTenureLookup(fakeResolver('person', [{ code: 'XXXGOV', from: '2011-09-01' }]));
    expect(lookup('Name')).toMatchObject({ start: '2011-09', end: '' });
  });

  it('knows no tenure for states or for resolvers without dated entries', () => {
    expect(
      createTenureLookup(fakeResolver('state', [{ code: 'XXXGOV', from: '2000-01-01' }]))('Name'),
    ).toBeNull();
    expect(createTenureLookup({ findMentions: () => [] })('Name')).toBeNull();
  });
});
