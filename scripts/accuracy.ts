// Measures the suggestion engine against the hand-labelled documents in
// tests/fixtures/labels/, next to compromise alone measured in the same run. A measurement,
// not a test: it prints figures and asserts nothing.
//
// Scoring rule: per document, the set of distinct (surface form, type) pairs. A suggestion
// contributes every distinct surface form among its occurrences (the canonical name and the
// short forms merged into it, e.g. "Vyacheslav Gladkov" and "Gladkov", each with the
// suggestion's type). A pair is a true positive when the labels list the same text and type;
// a predicted text listed under the document's `ambiguous` forms (fictional characters,
// products named after firms, metonyms…) counts neither way. Recall is over the labelled pairs.
// compromise alone: the texts of `.people()` and `.organizations()`, with a trailing possessive
// and punctuation removed, scored the same way.
//
// Usage: npx tsx scripts/accuracy.ts [--verbose]

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';
import { findSuggestions } from '../utils/suggest/index.ts';
import { pageText } from './lib/page-text.ts';

const LABELS = 'tests/fixtures/labels';
const FIXTURES = process.env.BACKSTORY_FIXTURES ?? '../shared/fixtures';
const verbose = process.argv.includes('--verbose');

type Kind = 'person' | 'organization';
interface Labels {
  document: string;
  region: string;
  entities: { text: string; type: Kind }[];
  ambiguous?: string[];
}

function isLabels(value: unknown): value is Labels {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.document === 'string' &&
    Array.isArray(record.entities) &&
    record.entities.every(
      (entity: unknown) =>
        typeof entity === 'object' &&
        entity !== null &&
        typeof (entity as Record<string, unknown>).text === 'string' &&
        ['person', 'organization'].includes(String((entity as Record<string, unknown>).type)),
    )
  );
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
type Tally = Record<Kind | 'both', Counts>;

const empty = (): Tally => ({
  person: { tp: 0, fp: 0, fn: 0 },
  organization: { tp: 0, fp: 0, fn: 0 },
  both: { tp: 0, fp: 0, fn: 0 },
});

function add(into: Tally, from: Tally): void {
  for (const kind of ['person', 'organization', 'both'] as const) {
    into[kind].tp += from[kind].tp;
    into[kind].fp += from[kind].fp;
    into[kind].fn += from[kind].fn;
  }
}

const pair = (text: string, type: Kind) => `${type}\t${text}`;

function score(predicted: Set<string>, labels: Labels, misses: string[], extras: string[]): Tally {
  const tally = empty();
  const gold = new Set(labels.entities.map((entity) => pair(entity.text, entity.type)));
  const ambiguous = new Set(labels.ambiguous ?? []);
  for (const item of predicted) {
    const [type, text] = item.split('\t') as [Kind, string];
    if (gold.has(item)) {
      tally[type].tp += 1;
      tally.both.tp += 1;
    } else if (!ambiguous.has(text)) {
      tally[type].fp += 1;
      tally.both.fp += 1;
      extras.push(item);
    }
  }
  for (const item of gold) {
    if (predicted.has(item)) continue;
    const [type] = item.split('\t') as [Kind, string];
    tally[type].fn += 1;
    tally.both.fn += 1;
    misses.push(item);
  }
  return tally;
}

function cleanCompromise(found: string): string {
  return found
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/u, '');
}

function ours(text: string): Set<string> {
  const predicted = new Set<string>();
  for (const suggestion of findSuggestions(nlp, text)) {
    for (const { start, end } of suggestion.occurrences)
      predicted.add(pair(text.slice(start, end), suggestion.type));
  }
  return predicted;
}

function compromiseAlone(text: string): Set<string> {
  const doc = nlp(text);
  const predicted = new Set<string>();
  for (const found of doc.people().out('array') as string[])
    predicted.add(pair(cleanCompromise(found), 'person'));
  for (const found of doc.organizations().out('array') as string[]) {
    predicted.add(pair(cleanCompromise(found), 'organization'));
  }
  return predicted;
}

function metrics(counts: Counts): string {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const f = (x: number) => x.toFixed(2);
  return `P ${f(precision)} R ${f(recall)} F1 ${f(f1)} (tp ${counts.tp} fp ${counts.fp} fn ${counts.fn})`;
}

function row(name: string, tally: Tally): string {
  return [
    name.padEnd(22),
    `person  ${metrics(tally.person)}`.padEnd(56),
    `org  ${metrics(tally.organization)}`.padEnd(54),
    `both  ${metrics(tally.both)}`,
  ].join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const files = (await readdir(LABELS)).filter((file) => file.endsWith('.json')).sort();
  const totalOurs = empty();
  const totalBase = empty();
  const timings: number[] = [];
  const baselineTimings: number[] = [];
  const lines: string[] = [];
  for (const file of files) {
    const parsed: unknown = JSON.parse(await readFile(join(LABELS, file), 'utf8'));
    if (!isLabels(parsed)) throw new Error(`${file}: not a labels file`);
    const text = await pageText(join(FIXTURES, parsed.document));
    const name = file.replace(/\.json$/u, '');
    const misses: string[] = [];
    const extras: string[] = [];
    const tallyOurs = score(ours(text), parsed, misses, extras);
    const tallyBase = score(compromiseAlone(text), parsed, [], []);
    add(totalOurs, tallyOurs);
    add(totalBase, tallyBase);
    lines.push(row(`${name} ours`, tallyOurs), row(`${name} compromise`, tallyBase));
    if (verbose) {
      lines.push(`   missed: ${misses.join(' | ').replaceAll('\t', ':')}`);
      lines.push(`   wrong:  ${extras.join(' | ').replaceAll('\t', ':')}`);
    }
    // Warm timing: a few runs after the first, per 10 KB of text.
    findSuggestions(nlp, text);
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      findSuggestions(nlp, text);
      timings.push(((performance.now() - started) * 10_000) / Math.max(1, text.length));
    }
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      compromiseAlone(text);
      baselineTimings.push(((performance.now() - started) * 10_000) / Math.max(1, text.length));
    }
  }
  console.log(lines.join('\n'));
  console.log('');
  console.log(row('OVERALL ours', totalOurs));
  console.log(row('OVERALL compromise', totalBase));
  console.log('');
  const ourMedian = median(timings);
  const baseMedian = median(baselineTimings);
  console.log(`median time per 10 KB, warm: ours ${ourMedian.toFixed(1)} ms (${timings.length} runs),`);
  console.log(
    `  compromise alone ${baseMedian.toFixed(1)} ms (${baselineTimings.length} runs), ratio ${(ourMedian / baseMedian).toFixed(2)}`,
  );
}

await main();
