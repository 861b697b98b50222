// Generated page texts: English-like sentences from the common-word list, with capitalised
// words that are not names, and known names (some possessive) sprinkled in.
import { commonWordList } from '../../utils/match/common-words';
import type { Entity } from '../../utils/model';
import { type Random, pick, seededRandom } from './prng';
import { surname } from './names';

function sentence(random: Random, words: readonly string[], names: readonly string[]): string {
  const length = 8 + Math.floor(random() * 14);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.035) parts.push(pick(random, names) + (random() < 0.2 ? '’s' : ''));
    else if (roll < 0.08) parts.push(surname(random));
    else parts.push(pick(random, words));
  }
  const first = parts[0] ?? '';
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(random() < 0.1 ? ', ' : ' ').replace(/, /gu, ' ')}.`;
}

/** A text of about `size` characters mentioning some of `entities`. */
export function generateText(size: number, entities: readonly Entity[], seed = 7): string {
  const random = seededRandom(seed);
  const words = commonWordList();
  const names = entities.flatMap((entity) => [entity.name, ...entity.aliases.map((a) => a.text)]);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let i = 0; i < 3 + Math.floor(random() * 5); i++) sentences.push(sentence(random, words, names));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}
