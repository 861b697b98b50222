// Baseline (b): mark.js highlighting the same names in a DOM built from the same text, in
// happy-dom. mark.js's keyword-array API handles keywords one by one, recursively (the call
// stack grows with each keyword) and with an indexOf per keyword, so a list of thousands
// overflows the stack; markRegExp with the alternation(s) of baseline (a), one after another,
// is how a large list is used with it, and is what is measured.
import { createRequire } from 'node:module';
import { Window } from 'happy-dom';
import { median, time } from './measure';

interface MarkInstance {
  markRegExp(pattern: RegExp, options: { done: (count: number) => void }): void;
}
type MarkConstructor = new (context: unknown) => MarkInstance;

interface MarkDom {
  Mark: MarkConstructor;
  window: Window;
}

let dom: MarkDom | null = null;

function markDom(): MarkDom {
  if (dom) return dom;
  const window = new Window();
  // mark.js reads these globals.
  Object.assign(globalThis, {
    window,
    document: window.document,
    NodeFilter: window.NodeFilter,
    NodeList: window.NodeList,
    Node: window.Node,
    HTMLElement: window.HTMLElement,
  });
  const require = createRequire(import.meta.url);
  dom = { Mark: require('mark.js') as MarkConstructor, window };
  return dom;
}

export interface MarkResult {
  ms: number;
  count: number;
  /** Why mark.js failed, if it did. */
  note?: string;
}

/** Median time for mark.js to highlight `patterns` in a fresh DOM of `text`'s paragraphs. */
export function runMarkBaseline(patterns: readonly RegExp[], text: string, maxRuns: number): MarkResult {
  const { Mark, window } = markDom();
  const template = window.document.createElement('article');
  for (const paragraph of text.split('\n\n')) {
    const p = window.document.createElement('p');
    p.textContent = paragraph;
    template.appendChild(p);
  }
  const times: number[] = [];
  let count = 0;
  let spent = 0;
  for (let run = 0; run < maxRuns && (run < 1 || spent < 5000); run++) {
    const root = template.cloneNode(true);
    let ms: number;
    try {
      ms = time(() => {
        count = 0;
        for (const pattern of patterns) {
          new Mark(root).markRegExp(new RegExp(pattern.source, pattern.flags), {
            done: (total) => {
              count += total;
            },
          });
        }
      });
    } catch (error) {
      const message = String(error);
      return { ms: Number.NaN, count: 0, note: message.slice(message.lastIndexOf(':') + 1).trim() };
    }
    times.push(ms);
    spent += ms;
  }
  return { ms: median(times), count };
}
