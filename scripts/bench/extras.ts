// The rest of issue 3's figures, measured in the same run as the matcher's:
// - where matching runs: the page's text sent to the background and mentions sent back, or the
//   knowledge base's aliases copied into every tab and compiled there (both paths pay a JSON
//   round trip, as runtime messaging does);
// - suggestions on a 10 KB article once the engine is loaded, next to compromise alone;
// - the content script's own bundle, gzipped, from the last build.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { Dictionary, findMentions } from '../../utils/match';
import type { Entity } from '../../utils/model';
import { findSuggestions } from '../../utils/suggest/index';
import { medianTime, memoryInUse, time } from './measure';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export function measurePlacement(entities: readonly Entity[], pageTexts: readonly string[]): string[][] {
  const dictionary = Dictionary.fromEntities(entities);
  const aliasTable = entities.map((entity) => [
    entity.id,
    entity.type,
    entity.name,
    ...entity.aliases.map((a) => a.text),
  ]);
  const rows: string[][] = [];
  for (const text of pageTexts) {
    const viaBackground = medianTime(() => {
      const sent = roundTrip({ text }) as { text: string };
      const found = findMentions(sent.text, dictionary).map(({ entityId, start, end }) => ({
        entityId,
        start,
        end,
      }));
      roundTrip(found);
    }, 20);
    rows.push([`${Math.round(text.length / 1000)} KB page text → background`, viaBackground.toFixed(2), '—']);
  }
  const before = memoryInUse();
  let copy: Dictionary | null = null;
  const copyMs = time(() => {
    const received = roundTrip(aliasTable) as string[][];
    copy = Dictionary.fromEntities(
      received.map(([id = '', type, name = '', ...aliases]) => ({
        id,
        type: type === 'organization' ? 'organization' : 'person',
        name,
        aliases: aliases.map((alias) => ({ text: alias })),
        description: '',
        links: [],
        tags: [],
        origin: { kind: 'own' },
        created: '',
        modified: '',
      })),
    );
  });
  const megabytes = (memoryInUse() - before) / 1e6;
  if (copy === null) throw new Error('no copy');
  rows.push([
    `${entities.length.toLocaleString('en')} entities copied into a tab`,
    copyMs.toFixed(0),
    `${megabytes.toFixed(0)} MB per tab`,
  ]);
  return rows;
}

export function measureSuggestions(article: string): string[][] {
  const tenKb =
    article.length >= 10_000
      ? article.slice(0, 10_000)
      : article.repeat(Math.ceil(10_000 / article.length)).slice(0, 10_000);
  const loadMs = time(() => nlp('Warm up the lexicon.').people().out('array'));
  const ours = medianTime(() => findSuggestions(nlp, tenKb), 15);
  const alone = medianTime(() => {
    const doc = nlp(tenKb);
    doc.people().out('array');
    doc.organizations().out('array');
  }, 15);
  return [
    ['compromise first call (lexicon warm-up)', loadMs.toFixed(0)],
    ['our suggestions, 10 KB article', ours.toFixed(1)],
    ['compromise alone, 10 KB article (baseline)', alone.toFixed(1)],
  ];
}

export function contentScriptSize(): string {
  const file = path.join(repoRoot, '.output', 'chrome-mv3', 'content-scripts', 'backstory.js');
  if (!existsSync(file)) return 'not built (run npm run build first)';
  const raw = readFileSync(file);
  const suggest = path.join(repoRoot, '.output', 'chrome-mv3', 'suggest.js');
  const lazy = existsSync(suggest)
    ? `; suggestion engine, loaded on demand: ${(gzipSync(readFileSync(suggest)).length / 1024).toFixed(1)} KB gzipped`
    : '';
  return `${(raw.length / 1024).toFixed(1)} KB, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzipped${lazy}`;
}
