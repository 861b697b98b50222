// Tests of the compiled dictionary: building, incremental upsert and remove, alias counts.
import { describe, expect, it } from 'vitest';
import { Dictionary, findMentions } from '../../utils/match';
import { entity } from './entities';

const ids = (text: string, dictionary: Dictionary) =>
  findMentions(text, dictionary).map((mention) => `${mention.entityId}:${mention.selector.exact}`);

describe('Dictionary', () => {
  it.each([
    [[entity('a', 'person', 'Anna Smith')], 1],
    [[entity('a', 'person', 'Anna Smith', ['Smith', 'A. Smith'])], 3],
    [[entity('a', 'person', 'Anna Smith', ['Anna Smith', 'Smith'])], 2],
    [[entity('a', 'person', 'Anna Smith'), entity('b', 'organization', 'Acme', ['ACME'])], 3],
    [[entity('a', 'person', '  ', ['...'])], 0],
  ])('counts the names it matches (%#)', (entities, count) => {
    expect(Dictionary.fromEntities(entities).aliasCount).toBe(count);
  });

  it('upsert adds a new entity', () => {
    const dictionary = Dictionary.fromEntities([entity('a', 'person', 'Anna Smith')]);
    dictionary.upsert(entity('b', 'organization', 'Meduza'));
    expect(ids('Anna Smith read Meduza', dictionary)).toEqual(['a:Anna Smith', 'b:Meduza']);
    expect(dictionary.aliasCount).toBe(2);
  });

  it('upsert replaces the names of a known entity', () => {
    const dictionary = Dictionary.fromEntities([entity('a', 'person', 'Anna Smith', ['Smithy'])]);
    dictionary.upsert(entity('a', 'organization', 'Anna Smith Group', ['ASG']));
    expect(ids('Smithy and ASG and Anna Smith Group', dictionary)).toEqual(['a:ASG', 'a:Anna Smith Group']);
    expect(findMentions('ASG', dictionary)[0]?.type).toBe('organization');
    expect(dictionary.aliasCount).toBe(2);
  });

  it('remove forgets an entity and leaves others sharing its names', () => {
    const dictionary = Dictionary.fromEntities([
      entity('a', 'person', 'Anna Smith', ['Smith']),
      entity('b', 'person', 'Bob Smith', ['Smith']),
    ]);
    dictionary.remove('a');
    dictionary.remove('unknown');
    // `Smith` of `Anna Smith` is now only Bob's alias.
    expect(ids('Anna Smith and Smith', dictionary)).toEqual(['b:Smith', 'b:Smith']);
    expect(dictionary.aliasCount).toBe(2);
    dictionary.remove('b');
    expect(ids('Anna Smith and Bob Smith', dictionary)).toEqual([]);
    expect(dictionary.aliasCount).toBe(0);
  });

  it('reuses freed space and keeps matching through many updates', () => {
    const dictionary = Dictionary.fromEntities([]);
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 100; i++) {
        dictionary.upsert(entity(`e${i}`, 'person', `Person${i} Round${round}`, [`Alias${i}x`]));
      }
    }
    expect(dictionary.aliasCount).toBe(200);
    expect(ids('Person7 Round49 and Person7 Round48 and Alias7x', dictionary)).toEqual([
      'e7:Person7 Round49',
      'e7:Alias7x',
    ]);
  });

  it('handles a name that is a prefix of another and several modes at once', () => {
    const dictionary = Dictionary.fromEntities([
      entity('party', 'organization', 'Green Party of Canada', [
        { text: 'green party', caseInsensitive: true },
      ]),
      entity('green', 'person', 'Ana Green Party', []),
    ]);
    expect(ids('The GREEN PARTY of Canada', dictionary)).toEqual(['party:GREEN PARTY']);
    expect(ids('The Green Party of Canada', dictionary)).toEqual(['party:Green Party of Canada']);
    expect(ids('Ana Green Party of Canada', dictionary)).toEqual(['green:Ana Green Party']);
  });
});
