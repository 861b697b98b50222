// Table-driven tests of findMentions: every rule has cases that must match and cases that must not.
import { describe, expect, it } from 'vitest';
import { Dictionary, findMentions, type FoundMention } from '../../utils/match';
import { entity, knowledgeBase } from './entities';

const dictionary = Dictionary.fromEntities(knowledgeBase);

/** A mention as the tables write it: entity id, the exact text, and how it was found. */
type Expected = [entityId: string, exact: string, via?: FoundMention['via']];

function found(text: string): Expected[] {
  return findMentions(text, dictionary).map((mention) => {
    expect(text.slice(mention.start, mention.end)).toBe(mention.selector.exact);
    return mention.via === 'alias'
      ? [mention.entityId, mention.selector.exact]
      : [mention.entityId, mention.selector.exact, mention.via];
  });
}

const cases: Record<string, [text: string, expected: Expected[]][]> = {
  'whole words with Unicode-aware boundaries': [
    ['Putin said', [['putin', 'Putin']]],
    ['Putinism is a doctrine', []],
    ['APutin and Putin2 and 2Putin', []],
    [
      'the Putin-led state and anti-Putin protests',
      [
        ['putin', 'Putin'],
        ['putin', 'Putin'],
      ],
    ],
    [
      '«Putin»: (Putin) [Putin].',
      [
        ['putin', 'Putin'],
        ['putin', 'Putin'],
        ['putin', 'Putin'],
      ],
    ],
    ['Владимир Путин заявил', [['putin', 'Путин']]],
    ['Путина и Путину', []],
    ['ο Μητσοτάκης είπε', [['greek-pm', 'Μητσοτάκης']]],
    ['οΜητσοτάκης', []],
  ],
  'case as written unless the alias is case-insensitive': [
    ['PUTIN and putin', []],
    [
      'NAVALNY, Navalny and navalny',
      [
        ['navalny', 'NAVALNY'],
        ['navalny', 'Navalny'],
        ['navalny', 'navalny'],
      ],
    ],
    [
      'ЗЕЛЕНСЬКИЙ і Зеленський',
      [
        ['zelenskyy', 'ЗЕЛЕНСЬКИЙ'],
        ['zelenskyy', 'Зеленський'],
      ],
    ],
    ['vladimir putin', []],
  ],
  'possessives and apostrophes': [
    ["Putin's war", [['putin', 'Putin']]],
    ['Putin’s war', [['putin', 'Putin']]],
    ["Jesus' words", [['jesus', 'Jesus']]],
    [
      "O'Brien and O’Brien's show",
      [
        ['obrien', "O'Brien"],
        ['obrien', 'O’Brien'],
      ],
    ],
    ["Conan O’Brien's show", [['obrien', 'Conan O’Brien']]],
    ['O Brien', []],
  ],
  'white space, soft hyphens and non-breaking hyphens': [
    ['Vladimir\u00a0Putin', [['putin', 'Vladimir\u00a0Putin']]],
    ['Vladimir \n\t Putin', [['putin', 'Vladimir \n\t Putin']]],
    ['Pu\u00adtin', [['putin', 'Pu\u00adtin']]],
    ['Vladimir Pu\u00adtin', [['putin', 'Vladimir Pu\u00adtin']]],
    ['Jean\u2011Claude Juncker', [['jean-claude', 'Jean\u2011Claude Juncker']]],
    ['Jean-Claude  Juncker', [['jean-claude', 'Jean-Claude  Juncker']]],
    ['Jean Claude Juncker', []],
    ['Jean--Claude Juncker', []],
    ['V. V. Putin', [['putin', 'V. V. Putin']]],
    ['V.V. Putin', [['putin', 'Putin']]],
  ],
  'diacritics folded only where the alias says so': [
    [
      'Zelenskyy and Zelénskyy',
      [
        ['zelenskyy', 'Zelenskyy'],
        ['zelenskyy', 'Zelénskyy'],
      ],
    ],
    ['Zele\u0301nskyy', [['zelenskyy', 'Zele\u0301nskyy']]],
    [
      'Moskalëva and Moskaleva',
      [
        ['moskaleva', 'Moskalëva'],
        ['moskaleva', 'Moskaleva'],
      ],
    ],
    ['Volodymyr Zelénskyy', [['zelenskyy', 'Zelénskyy']]],
    ['Olga Moskaleva', [['moskaleva', 'Moskaleva']]],
    ['ZELENSKYY', []],
    ['Pútin', []],
  ],
  'the longest name wins': [
    ['the Russian Volunteer Corps attacked', [['rvc', 'Russian Volunteer Corps']]],
    ['Russian troops', [['russia', 'Russian']]],
    ['Russian Volunteer troops', [['russia', 'Russian']]],
    [
      'Russian Federation and Russian',
      [
        ['russia', 'Russian Federation'],
        ['russia', 'Russian'],
      ],
    ],
  ],
  'short forms the page defines': [
    [
      'the Russian Volunteer Corps (RVC) said. Later RVC fighters',
      [
        ['rvc', 'Russian Volunteer Corps'],
        ['rvc', 'RVC', 'short-form'],
        ['rvc', 'RVC', 'short-form'],
      ],
    ],
    [
      'RVC fighters of the Russian Volunteer Corps (RVC)',
      [
        ['rvc', 'Russian Volunteer Corps'],
        ['rvc', 'RVC', 'short-form'],
      ],
    ],
    ['Russian Volunteer Corps (Russia) and Russia', [['rvc', 'Russian Volunteer Corps']]],
    ['Russian Volunteer Corps, (RVC) and RVC', [['rvc', 'Russian Volunteer Corps']]],
    [
      'Vyacheslav Gladkov said. Gladkov’s office and Gladkov',
      [
        ['gladkov', 'Vyacheslav Gladkov'],
        ['gladkov', 'Gladkov', 'short-form'],
        ['gladkov', 'Gladkov', 'short-form'],
      ],
    ],
    ['Gladkov said that Vyacheslav Gladkov', [['gladkov', 'Vyacheslav Gladkov']]],
    ['Vyacheslav Gladkov met GLADKOV and Gladkova', [['gladkov', 'Vyacheslav Gladkov']]],
    ['Federal Security Service officers. Service', [['fsb', 'Federal Security Service']]],
  ],
  'ambiguous one-word aliases need the full name or `safe`': [
    ['Mash reported', []],
    [
      'the Mash Telegram channel. Mash reported',
      [
        ['mash', 'Mash Telegram channel'],
        ['mash', 'Mash'],
      ],
    ],
    [
      'Mash reported, said the Mash Telegram channel',
      [
        ['mash', 'Mash'],
        ['mash', 'Mash Telegram channel'],
      ],
    ],
    ['Baza reported', [['baza', 'Baza']]],
    ['Apple sells apples', []],
    [
      'Apple sells. Apple Inc. agrees',
      [
        ['apple', 'Apple'],
        ['apple', 'Apple Inc'],
      ],
    ],
    ['the Corps', []],
    [
      'the Russian Volunteer Corps. The Corps',
      [
        ['rvc', 'Russian Volunteer Corps'],
        ['rvc', 'Corps'],
      ],
    ],
    ['Meduza reported', [['meduza', 'Meduza']]],
    ['the FSB said', [['fsb', 'FSB']]],
    ['WHO said who', []],
    [
      'the World Health Organization. WHO said',
      [
        ['who', 'World Health Organization'],
        ['who', 'WHO'],
      ],
    ],
  ],
};

describe('findMentions', () => {
  for (const [rule, table] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(table)('%j', (text, expected) => {
        expect(found(text)).toEqual(expected);
      });
    });
  }

  it('gives offsets into the original text, after accented and astral characters', () => {
    const text = 'Élysée 🇫🇷 — Zele\u0301nskyy met Putin';
    const mentions = findMentions(text, dictionary);
    expect(mentions.map((m) => [m.start, m.end])).toEqual([
      [text.indexOf('Zele'), text.indexOf(' met')],
      [text.indexOf('Putin'), text.length],
    ]);
  });

  it('quotes up to 32 characters either side', () => {
    const before = 'x'.repeat(40);
    const text = `${before} Putin ${'y'.repeat(40)}`;
    const [mention] = findMentions(text, dictionary);
    expect(mention?.selector).toEqual({
      exact: 'Putin',
      prefix: `${'x'.repeat(31)} `,
      suffix: ` ${'y'.repeat(31)}`,
    });
    expect(mention?.type).toBe('person');
  });

  it('does not cut a surrogate pair when quoting', () => {
    const text = `${'😀'.repeat(20)}Putin said`;
    const mention = findMentions(`${text.slice(0, 40)} Putin`, dictionary)[0];
    expect(mention?.selector.prefix.charCodeAt(0)).not.toBe(0xde00);
  });

  it('prefers, among entities sharing a name, the one whose full name the text uses', () => {
    const shared = Dictionary.fromEntities([
      entity('a', 'person', 'Anna Smith', ['Smith']),
      entity('b', 'person', 'Bob Smith', ['Smith']),
    ]);
    const ids = (text: string) => findMentions(text, shared).map((m) => m.entityId);
    expect(ids('Bob Smith said. Smith')).toEqual(['b', 'b']);
    expect(ids('Anna Smith said. Smith')).toEqual(['a', 'a']);
  });

  it('finds nothing in empty or name-free text', () => {
    expect(findMentions('', dictionary)).toEqual([]);
    expect(findMentions('  \n ', dictionary)).toEqual([]);
    expect(findMentions('nothing to see here', Dictionary.fromEntities([]))).toEqual([]);
  });
});
