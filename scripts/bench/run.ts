// The matcher's benchmark (npm run bench): dictionary build time and memory, and median scan
// times, for 1,000 / 100,000 / 1,000,000 aliases against 10 KB / 100 KB / 1 MB page texts,
// next to baselines measured in the same run: one big RegExp alternation, and mark.js in
// happy-dom. It prints figures and ratios; it never passes or fails.
import { Dictionary, findMentions } from '../../utils/match';
import type { Entity } from '../../utils/model';
import { runMarkBaseline } from './mark-baseline';
import { median, medianTime, memoryInUse, time } from './measure';
import { generateEntities } from './names';
import { compileAlternations } from './alternation';
import { runRegexBaseline, type RegexResult } from './regex-baseline';
import { generateText } from './texts';
import { contentScriptSize, measurePlacement, measureSuggestions } from './extras';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const seedArticle = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'seed-article.txt',
);

const aliasCounts = [1_000, 100_000, 1_000_000];
const textSizes = [10_000, 100_000, 1_000_000];
const scanRuns = [200, 50, 10];
const markAliasCounts = new Set([1_000, 100_000]);
const markTextSizes = new Set([10_000, 100_000]);
const REGEX_BUILD_LIMIT_MS = 60_000;
const REGEX_SCAN_LIMIT_MS = 20_000;
const MARK_LIMIT_MS = 40_000;

const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`);
const count = (n: number) => n.toLocaleString('en');
const ms = (value: number | undefined) =>
  value === undefined ? '–' : value < 10 ? value.toFixed(3) : value.toFixed(0);
const ratio = (baseline: number | undefined, ours: number) =>
  baseline === undefined ? '–' : `${(baseline / ours).toFixed(baseline / ours < 10 ? 1 : 0)}×`;

function namesOf(entities: readonly Entity[]): string[] {
  return entities.flatMap((entity) => [entity.name, ...entity.aliases.map((a) => a.text)]);
}

interface Row {
  aliases: string;
  text: string;
  ours: number;
  found: number;
  regex?: number;
  regexFound?: number;
  regexNote?: string;
  mark?: number;
  markFound?: number;
  markNote?: string;
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log('Generating names and texts…');
  const allEntities = generateEntities(Math.max(...aliasCounts));
  // Texts mention entities of the smallest set, so every dictionary knows them.
  const known = allEntities.slice(0, 400);
  const texts = textSizes.map((size, i) => generateText(size, known, 7 + i));

  const buildRows: string[][] = [];
  const scanRows: Row[] = [];
  for (const aliasTarget of aliasCounts) {
    const entities = allEntities.slice(0, aliasTarget / 2);
    const before = memoryInUse();
    let dictionary = Dictionary.fromEntities([]);
    const buildMs = time(() => {
      dictionary = Dictionary.fromEntities(entities);
    });
    const memory = (memoryInUse() - before) / 1e6;

    const upserts: number[] = [];
    const extra = generateEntities(400, 99);
    for (const [i, entity] of extra.entries()) {
      const fresh = { ...entity, id: `upsert-${i}` };
      upserts.push(time(() => dictionary.upsert(fresh)));
    }
    for (let i = 0; i < extra.length; i++) dictionary.remove(`upsert-${i}`);

    console.log(`${count(dictionary.aliasCount)} aliases built; scanning…`);
    const ourScans = texts.map((text, i) => ({
      ms: medianTime(() => findMentions(text, dictionary), scanRuns[i] ?? 5),
      found: findMentions(text, dictionary).length,
    }));

    const names = namesOf(entities);
    console.log(`  RegExp baseline (${count(names.length)} alternatives)…`);
    const regex: RegexResult = await runRegexBaseline(
      names,
      texts,
      REGEX_BUILD_LIMIT_MS,
      REGEX_SCAN_LIMIT_MS,
    );
    buildRows.push([
      count(dictionary.aliasCount),
      ms(buildMs),
      memory.toFixed(1),
      ms(median(upserts)),
      ms(Math.max(...upserts)),
      regex.buildMs === undefined ? '–' : ms(regex.buildMs),
      regex.note ??
        (regex.patterns !== undefined && regex.patterns > 1
          ? `one RegExp too large for V8: split into ${regex.patterns}`
          : ''),
    ]);

    const patterns = markAliasCounts.has(aliasTarget) ? compileAlternations(names) : null;
    let markPerChar: number | undefined;
    for (const [i, text] of texts.entries()) {
      const ours = ourScans[i] ?? { ms: 0, found: 0 };
      const scan = regex.scans[i];
      const row: Row = {
        aliases: count(aliasTarget),
        text: label(text.length),
        ours: ours.ms,
        found: ours.found,
        regex: scan?.ms,
        regexFound: scan?.count,
        regexNote: scan?.note,
      };
      if (patterns && markTextSizes.has(text.length)) {
        const predicted = markPerChar === undefined ? 0 : markPerChar * text.length;
        if (predicted > MARK_LIMIT_MS) {
          row.markNote = `est. ${Math.round(predicted / 1000)} s, not run`;
        } else {
          console.log(`  mark.js on ${label(text.length)}…`);
          const mark = runMarkBaseline(patterns, text, 7);
          if (mark.note === undefined) {
            row.mark = mark.ms;
            row.markFound = mark.count;
            markPerChar = mark.ms / text.length;
          } else {
            row.markNote = mark.note;
          }
        }
      }
      scanRows.push(row);
    }
  }

  console.log('\nDictionary (ours) and RegExp baseline build');
  printTable(
    ['aliases', 'build ms', 'memory MB', 'upsert ms (median)', 'upsert ms (max)', 'RegExp build ms', 'note'],
    buildRows,
  );
  console.log('\nScan, median ms (mentions found); ratio = baseline time / our time');
  printTable(
    ['aliases', 'text', 'ours', 'found', 'RegExp', 'found', 'ratio', 'mark.js', 'found', 'ratio'],
    scanRows.map((row) => [
      row.aliases,
      row.text,
      ms(row.ours),
      String(row.found),
      row.regex === undefined ? (row.regexNote ?? '–') : ms(row.regex),
      row.regexFound === undefined ? '–' : String(row.regexFound),
      ratio(row.regex, row.ours),
      row.mark === undefined ? (row.markNote ?? '–') : ms(row.mark),
      row.markFound === undefined ? '–' : String(row.markFound),
      ratio(row.mark, row.ours),
    ]),
  );
  console.log(
    '\nCounts differ by design: ours applies the ambiguity rule, short forms and possessives;' +
      '\nthe baselines match every alias string as written. mark.js also wraps each match in the DOM.',
  );

  console.log('\nWhere matching runs (median ms; a JSON round trip stands for runtime messaging)');
  const seedLike = texts[0] ?? '';
  printTable(
    ['path', 'ms', 'memory'],
    measurePlacement(allEntities.slice(0, 500_000), [
      seedLike.slice(0, 8_000),
      (texts[1] ?? '').slice(0, 140_000),
    ]),
  );
  console.log('\nSuggestions, once the engine is loaded (median ms)');
  printTable(['what', 'ms'], measureSuggestions(readFileSync(seedArticle, 'utf8')));
  console.log(`\nContent script bundle: ${contentScriptSize()}`);
  console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

await main();
// A RegExp worker still compiling cannot be interrupted; do not wait for it.
process.exit(0);
