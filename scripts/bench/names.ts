// Generated, realistic-looking names of people and organisations for the benchmark: first and
// last names, ministries, parties, groups and institutes, with short aliases and acronyms.
import type { Alias, Entity } from '../../utils/model';
import { type Random, pick, seededRandom } from './prng';

const firstNames = (
  'Anna Olga Maria Elena Irina Sofia Yulia Natalia Tatiana Daria Emma Olivia Ava Mia Charlotte ' +
  'Amelia Harper Grace Chloe Laura Sara Fatima Aisha Leila Mei Yuki Hana Priya Ananya Lucia ' +
  'Vladimir Sergei Dmitry Alexei Ivan Mikhail Andrei Nikolai Pavel Viktor Oleksandr Volodymyr ' +
  'Yuriy Taras Bohdan James John Robert Michael William David Richard Joseph Thomas Charles ' +
  'Daniel Matthew Anthony Mark Paul Steven Andrew Kenneth George Edward Brian Kevin Jason ' +
  'Mohammed Ahmed Omar Ali Hassan Karim Yusuf Hiroshi Kenji Wei Jun Raj Arjun Carlos Diego ' +
  'Javier Luis Miguel Pedro Jean Pierre Louis Hans Klaus Jurgen Piotr Tomasz Jan Lars Erik'
).split(' ');

const syllables = (
  'ka ko ma mi no ni pe po ra ro sa se ta to va vo za le lu de du be bo gri gor kov lev mar ' +
  'nov pet ren sha ber tin dan vil bran stan mir sol tek vel dor han kas lin mor rud sel ves'
).split(' ');

const surnameEndings = [
  'enko',
  'ov',
  'ova',
  'ev',
  'sky',
  'ski',
  'son',
  'sen',
  'ez',
  'ian',
  'er',
  'i',
  'uk',
  'man',
  'berg',
  'ini',
];

const domains = (
  'Defence Finance Health Energy Justice Education Culture Agriculture Transport Foreign Affairs ' +
  'Interior Labour Industry Trade Digital Development Environment Tourism Sport Science'
).split(' ');

const partyAdjectives =
  'National Democratic Liberal Green Social United Free Patriotic Progressive Christian Radical Civic'.split(
    ' ',
  );
const partyNouns = 'Union Alliance Front Movement Party Bloc Coalition Platform Congress League'.split(' ');
const companyKinds =
  'Group Holdings Bank Energy Media Capital Foundation Systems Logistics Partners Industries'.split(' ');

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllableWord(random: Random, parts: number): string {
  let word = '';
  for (let i = 0; i < parts; i++) word += pick(random, syllables);
  return capitalise(word);
}

export function surname(random: Random): string {
  return syllableWord(random, 1 + Math.floor(random() * 2)) + pick(random, surnameEndings);
}

function place(random: Random): string {
  return syllableWord(random, 2) + pick(random, ['ia', 'land', 'stan', 'ovo', 'burg', 'a', 'ora']);
}

function acronym(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

function entity(index: number, type: Entity['type'], name: string, aliases: Alias[]): Entity {
  return {
    id: `bench-${index}`,
    type,
    name,
    aliases,
    description: '',
    links: [],
    tags: [],
    origin: { kind: 'own' },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

function person(random: Random, index: number): Entity {
  const first = pick(random, firstNames);
  const last = surname(random);
  const withMiddle = random() < 0.3;
  const name = withMiddle ? `${first} ${pick(random, firstNames)} ${last}` : `${first} ${last}`;
  const alias = random() < 0.5 ? `${first.charAt(0)}. ${last}` : last;
  return entity(index, 'person', name, [{ text: alias, foldDiacritics: random() < 0.1 }]);
}

function organisation(random: Random, index: number): Entity {
  const kind = random();
  let name: string;
  if (kind < 0.3) name = `${place(random)} Ministry of ${pick(random, domains)}`;
  else if (kind < 0.55)
    name = `${place(random)} ${pick(random, partyAdjectives)} ${pick(random, partyNouns)}`;
  else if (kind < 0.85) name = `${surname(random)} ${pick(random, companyKinds)}`;
  else name = `${place(random)} Institute for ${pick(random, domains)} Studies`;
  const alias = random() < 0.6 ? acronym(name) : name.split(' ').slice(0, 2).join(' ');
  return entity(index, 'organization', name, [{ text: alias, caseInsensitive: random() < 0.05 }]);
}

/** Entities whose names and aliases add up to at least `aliasCount` (two per entity). */
export function generateEntities(aliasCount: number, seed = 42): Entity[] {
  const random = seededRandom(seed);
  const entities: Entity[] = [];
  for (let i = 0; i * 2 < aliasCount; i++) {
    entities.push(random() < 0.6 ? person(random, i) : organisation(random, i));
  }
  return entities;
}
