// Test entities for the matcher: a small knowledge base and a factory for one-off entities.
import type { Alias, Entity, EntityType } from '../../utils/model';

export function entity(id: string, type: EntityType, name: string, aliases: (string | Alias)[] = []): Entity {
  return {
    id,
    type,
    name,
    aliases: aliases.map((alias) => (typeof alias === 'string' ? { text: alias } : alias)),
    description: '',
    links: [],
    tags: [],
    origin: { kind: 'own' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

export const knowledgeBase: Entity[] = [
  entity('putin', 'person', 'Vladimir Putin', ['Putin', 'Путин', { text: 'V. V. Putin' }]),
  entity('rvc', 'organization', 'Russian Volunteer Corps', ['Corps']),
  entity('russia', 'organization', 'Russian Federation', ['Russian']),
  entity('gladkov', 'person', 'Vyacheslav Gladkov'),
  entity('zelenskyy', 'person', 'Volodymyr Zelenskyy', [
    { text: 'Zelenskyy', foldDiacritics: true },
    { text: 'Зеленський', caseInsensitive: true },
  ]),
  entity('moskaleva', 'person', 'Olga Moskalëva', [{ text: 'Moskalëva', foldDiacritics: true }]),
  entity('obrien', 'person', "Conan O'Brien", ['O’Brien']),
  entity('jesus', 'person', 'Jesus of Nazareth', ['Jesus']),
  entity('jean-claude', 'person', 'Jean-Claude Juncker'),
  entity('meduza', 'organization', 'Meduza'),
  entity('mash', 'organization', 'Mash', [{ text: 'Mash Telegram channel' }]),
  entity('baza', 'organization', 'Baza', [{ text: 'Baza', safe: true }]),
  entity('apple', 'organization', 'Apple Inc.', ['Apple']),
  entity('fsb', 'organization', 'Federal Security Service', ['FSB']),
  entity('who', 'organization', 'World Health Organization', [{ text: 'WHO', caseInsensitive: true }]),
  entity('greek-pm', 'person', 'Kyriakos Mitsotakis', ['Μητσοτάκης']),
  entity('navalny', 'person', 'Alexei Navalny', [{ text: 'navalny', caseInsensitive: true }]),
];
