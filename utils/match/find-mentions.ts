// Finds the mentions of known entities in a text: tokenise once, then at each word look up the
// key of the longest known name starting there, one table probe per word and mode, extending
// word by word only while the sequence is a prefix of some longer name. Linear in the text.
//
// The leftmost, longest name wins and the words it covers are skipped, so a name inside a
// longer known name is not a mention of its own. Ambiguous one-word aliases (see ambiguity.ts)
// count only when a name of more than one word of the same entity occurs anywhere in the text:
// the first pass accepts them after such a name; if one was refused and its entity's full name
// turned up later, a second pass runs with all the text's full names known. Short forms the page
// defines (short-forms.ts) are applied from their definition on.
import type { FoundMention } from './types';
import type { Dictionary } from './dictionary';
import { ENTITY_TYPE_CODES, FLAG_AMBIGUOUS, FLAG_MULTI_WORD } from './dictionary';
import { firstKey, nextKey } from './hash';
import { PREFIX, headOf } from './key-table';
import { quoteSelector } from './selector';
import { type ShortForms, isBracketedAbbreviation, surnameToken, tokenSpells } from './short-forms';
import { MODE_COUNT, checkHash, createTokenBuffer, tokenise, type TokenBuffer } from './tokenize';

let scratch = createTokenBuffer(4096);
/** Token buffers above this many tokens are not kept between calls. */
const KEPT_TOKENS = 1 << 16;

export interface MatchOptions {
  /**
   * Whether an ambiguous one-word alias (a common word, see ambiguity.ts) needs its entity's
   * full name in the same text (default) — the reader can turn this off in the options.
   */
  requireFullName?: boolean;
}

/** Mentions of `dictionary`'s entities in `text`, sorted by start and non-overlapping. */
export function findMentions(
  text: string,
  dictionary: Dictionary,
  options: MatchOptions = {},
): FoundMention[] {
  // Size the buffer for the text at once (a word takes at least two characters with its
  // separator), rather than doubling it step by step on long texts.
  const needed = (text.length >>> 1) + 1;
  if (needed > scratch.start.length) scratch = createTokenBuffer(needed);
  const tokens = tokenise(text, scratch);
  const generation = ++dictionary.generation;
  const rule = options.requireFullName !== false;
  const first = scan(text, tokens, dictionary, generation, false, rule);
  const result = first.refusedLater
    ? scan(text, tokens, dictionary, generation, true, rule).mentions
    : first.mentions;
  if (scratch.start.length > KEPT_TOKENS) scratch = createTokenBuffer(4096);
  return result;
}

interface ScanResult {
  mentions: FoundMention[];
  /** An ambiguous alias was refused whose entity's full name appeared later on. */
  refusedLater: boolean;
}

function scan(
  text: string,
  tokens: TokenBuffer,
  dictionary: Dictionary,
  generation: number,
  fullNamesKnown: boolean,
  ambiguityRule: boolean,
): ScanResult {
  const mentions: FoundMention[] = [];
  const { table, aliasCheck, aliasEntity, aliasFlags, aliasNextSameKey, entitySeen } = dictionary;
  const { firstWords, firstWordMask } = dictionary;
  const keys = table.keys;
  const values = table.values;
  const mask = keys.length - 1;
  const modes = dictionary.activeModes;
  const tokenHash = tokens.hash;
  const separators = tokens.separator;
  const count = tokens.count;
  let shortForms: ShortForms | null = null;
  let refused: number[] | null = null;

  let i = 0;
  while (i < count) {
    let bestLast = i - 1;
    let bestAlias = -1;
    for (let m = 0; m < modes.length; m++) {
      const mode = modes[m] ?? 0;
      const hash = tokenHash[i * MODE_COUNT + mode] ?? 0;
      const firstWord = hash & firstWordMask;
      if (((firstWords[firstWord >>> 5] ?? 0) & (1 << (firstWord & 31))) === 0) continue;
      let key = firstKey(hash, mode);
      let last = i;
      for (;;) {
        // Inlined KeyTable.find: this is the innermost loop of the scan.
        let slot = key & mask;
        let value = values[slot] ?? 0;
        while (value !== 0 && keys[slot] !== key) {
          slot = (slot + 1) & mask;
          value = values[slot] ?? 0;
        }
        if (value === 0) break;
        const head = headOf(value);
        if (head >= 0 && last > bestLast) {
          const check = checkHash(text, tokens, i, last, mode);
          let fallback = -1;
          for (let alias = head; alias >= 0; alias = aliasNextSameKey[alias] ?? -1) {
            if (aliasCheck[alias] !== check) continue;
            const entity = aliasEntity[alias] ?? 0;
            const seen = entitySeen[entity] === generation;
            if (ambiguityRule && ((aliasFlags[alias] ?? 0) & FLAG_AMBIGUOUS) !== 0 && !seen) {
              if (!fullNamesKnown) (refused ??= []).push(entity);
              continue;
            }
            // Among entities sharing this name, prefer one whose full name the text uses.
            if (seen) {
              fallback = alias;
              break;
            }
            if (fallback < 0) fallback = alias;
          }
          if (fallback >= 0) {
            bestLast = last;
            bestAlias = fallback;
          }
        }
        if ((value & PREFIX) === 0 || last + 1 >= count) break;
        key = nextKey(key, separators[last] ?? 0, tokenHash[(last + 1) * MODE_COUNT + mode] ?? 0);
        last++;
      }
    }

    if (bestAlias >= 0) {
      const entity = aliasEntity[bestAlias] ?? 0;
      mentions.push(mention(text, tokens, dictionary, entity, i, bestLast, 'alias'));
      if (((aliasFlags[bestAlias] ?? 0) & FLAG_MULTI_WORD) !== 0) {
        if (!fullNamesKnown) entitySeen[entity] = generation;
        if (dictionary.entityType[entity] === 0) {
          const surname = surnameToken(text, tokens, i, bestLast);
          if (surname >= 0) {
            shortForms ??= new Map();
            shortForms.set(tokenHash[surname * MODE_COUNT] ?? 0, {
              word: text.slice(tokens.start[surname] ?? 0, tokens.end[surname] ?? 0),
              entity,
            });
          }
        }
      }
      i = bestLast + 1;
      if (isBracketedAbbreviation(text, tokens, i)) {
        shortForms ??= new Map();
        shortForms.set(tokenHash[i * MODE_COUNT] ?? 0, {
          word: text.slice(tokens.start[i] ?? 0, tokens.end[i] ?? 0),
          entity,
        });
        mentions.push(mention(text, tokens, dictionary, entity, i, i, 'short-form'));
        i++;
      }
      continue;
    }

    if (shortForms !== null) {
      const shortForm = shortForms.get(tokenHash[i * MODE_COUNT] ?? 0);
      if (shortForm !== undefined && tokenSpells(text, tokens, i, shortForm.word)) {
        mentions.push(mention(text, tokens, dictionary, shortForm.entity, i, i, 'short-form'));
      }
    }
    i++;
  }

  let refusedLater = false;
  if (refused !== null) {
    for (const entity of refused) if (entitySeen[entity] === generation) refusedLater = true;
  }
  return { mentions, refusedLater };
}

function mention(
  text: string,
  tokens: TokenBuffer,
  dictionary: Dictionary,
  entity: number,
  first: number,
  last: number,
  via: FoundMention['via'],
): FoundMention {
  const start = tokens.start[first] ?? 0;
  const end = tokens.end[last] ?? 0;
  return {
    entityId: dictionary.entityIds[entity] ?? '',
    type: ENTITY_TYPE_CODES[dictionary.entityType[entity] ?? 0] ?? 'person',
    start,
    end,
    selector: quoteSelector(text, start, end),
    via,
  };
}
