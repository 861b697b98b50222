// W3C Web Annotation export: the collection and every annotation checked against the model's
// schema (w3c-model.ts), the mapping of mentions and notes, and filters.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { collectExport } from '../../utils/export/stream';
import { describeIssues } from '../../utils/schemas';
import { populatedDb } from './helpers';
import { Annotation, AnnotationCollection, AnnotationPage } from './w3c-model';

type Json = Record<string, unknown>;

export function checkCollection(text: string): Json[] {
  const collection = JSON.parse(text) as Json;
  const top = v.safeParse(AnnotationCollection, collection);
  expect(top.success ? [] : describeIssues(top.issues)).toEqual([]);
  const page = v.safeParse(AnnotationPage, collection.first);
  expect(page.success ? [] : describeIssues(page.issues)).toEqual([]);
  const items = (collection.first as { items: Json[] }).items;
  for (const item of items) {
    const result = v.safeParse(Annotation, item);
    expect(result.success ? [] : describeIssues(result.issues)).toEqual([]);
  }
  expect(collection.total).toBe(items.length);
  return items;
}

const w3c = async (filter = {}) => {
  const [text = ''] = (
    await collectExport(await populatedDb(), {
      format: 'w3c',
      filter,
      rights: 'https://creativecommons.org/licenses/by/4.0/',
    })
  ).values();
  return { text, items: checkCollection(text), collection: JSON.parse(text) as Json };
};

describe('W3C export', () => {
  it('writes a valid collection naming its generator', async () => {
    const { collection } = await w3c();
    expect(collection.generator).toMatchObject({ type: 'Software', name: 'Backstory 0.1.0' });
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { bs: 'urn:backstory:vocab:' },
    ]);
  });

  it('maps a mention to an identifying annotation of the page', async () => {
    const { items } = await w3c();
    const mention = items.find((item) => (item.target as Json).source === 'https://news.example/story');
    expect(mention).toMatchObject({
      type: 'Annotation',
      motivation: 'identifying',
      body: { type: 'SpecificResource', source: 'http://www.wikidata.org/entity/Q7747' },
      target: {
        type: 'SpecificResource',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Putin', prefix: 'said ', suffix: ' on' },
          { type: 'TextPositionSelector', start: 10, end: 15 },
        ],
        state: { type: 'TimeState' },
      },
    });
    const other = items.find((item) => (item.target as Json).source === 'https://other.example/x#top');
    expect((other?.body as Json).source).toMatch(/^urn:backstory:entity:/u);
  });

  it('maps a note to a describing annotation with a textual body', async () => {
    const { items } = await w3c();
    const note = items.find((item) => item.motivation === 'describing' && (item.body as Json).via);
    expect(note).toMatchObject({
      target: 'http://www.wikidata.org/entity/Q7747',
      creator: { type: 'Person', name: 'Tester' },
      body: {
        type: 'TextualBody',
        format: 'text/markdown',
        creator: { type: 'Person', name: 'Tester' },
        via: ['https://news.example/a', 'https://www.other.example/b'],
        rights: 'https://creativecommons.org/licenses/by/4.0/',
      },
    });
    expect(typeof (note?.body as Json).created).toBe('string');
    expect(typeof (note?.body as Json).modified).toBe('string');
    const anonymous = items.find((item) => item.motivation === 'describing' && !(item.body as Json).via);
    expect(anonymous).not.toHaveProperty('creator');
  });

  it.each([
    ['a tag', { tags: ['media'] }, 2],
    ['a site', { sites: ['news.example'] }, 2],
    ['a page (its own annotations)', { pageUrl: 'https://other.example/x' }, 1],
    ['a date range in the future', { from: '2999-01-01' }, 0],
    ['a date range up to today', { to: new Date().toISOString().slice(0, 10) }, 4],
  ])('filters by %s', async (_label, filter, count) => {
    const { items } = await w3c(filter);
    expect(items).toHaveLength(count);
  });
});
