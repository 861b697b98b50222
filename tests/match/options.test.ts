// The reader's choice of whether a one-word alias that is a common word needs the full name.
import { describe, expect, it } from 'vitest';
import { Dictionary, findMentions } from '../../utils/match';
import type { Entity } from '../../utils/model';

const mash: Entity = {
  id: 'mash',
  type: 'organization',
  name: 'Mash Telegram channel',
  aliases: [{ text: 'Mash' }],
  description: '',
  links: [],
  tags: [],
  origin: { kind: 'own' },
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};

describe('findMentions options', () => {
  const dictionary = Dictionary.fromEntities([mash]);
  const text = 'The channels of Mash and Baza reported it.';

  it('needs the full name for a common-word alias by default', () => {
    expect(findMentions(text, dictionary)).toEqual([]);
  });

  it('matches it alone when the reader turned the rule off', () => {
    expect(findMentions(text, dictionary, { requireFullName: false }).map((m) => m.selector.exact)).toEqual([
      'Mash',
    ]);
  });
});
