// Baseline (a): the alias alternation of alternation.ts, run in a worker thread so that a build
// or scan that takes too long can be stopped from outside (a running RegExp cannot be
// interrupted otherwise) and so that its memory is kept apart from ours.
import { Worker } from 'node:worker_threads';
import { compileAlternations } from './alternation';

export interface RegexResult {
  buildMs?: number;
  /** How many RegExps the aliases needed (1 unless one was too large). */
  patterns?: number;
  /** Why the build did not finish, if it did not. */
  note?: string;
  scans: { ms?: number; count?: number; note?: string }[];
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { aliases, texts, scanLimitMs } = workerData;
const compileAlternations = ${compileAlternations.toString()};
const start = performance.now();
let patterns;
try {
  patterns = compileAlternations(aliases);
} catch (error) {
  parentPort.postMessage({ kind: 'error', message: String(error).slice(-80) });
  return;
}
parentPort.postMessage({ kind: 'build', ms: performance.now() - start, patterns: patterns.length });
let previous = null;
for (let index = 0; index < texts.length; index++) {
  const text = texts[index];
  if (previous !== null) {
    const predicted = (previous.ms * text.length) / previous.length;
    if (predicted > scanLimitMs) {
      parentPort.postMessage({ kind: 'scan', index, skipped: predicted });
      continue;
    }
  }
  const times = [];
  let count = 0;
  let spent = 0;
  for (let run = 0; run < 7 && spent < 3000; run++) {
    count = 0;
    const t = performance.now();
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text) !== null) count++;
    }
    times.push(performance.now() - t);
    spent += times[times.length - 1];
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  previous = { ms, length: text.length };
  parentPort.postMessage({ kind: 'scan', index, ms, count });
}
`;

type WorkerMessage =
  | { kind: 'build'; ms: number; patterns: number }
  | { kind: 'error'; message: string }
  | { kind: 'scan'; index: number; ms?: number; count?: number; skipped?: number };

/** Builds the alternation and scans each text, giving up on any step over its time limit. */
export function runRegexBaseline(
  aliases: readonly string[],
  texts: readonly string[],
  buildLimitMs: number,
  scanLimitMs: number,
): Promise<RegexResult> {
  const result: RegexResult = { scans: texts.map(() => ({})) };
  // The wrapping function lets the worker's top level return early.
  const worker = new Worker(`(() => {${workerSource}})()`, {
    eval: true,
    workerData: { aliases, texts, scanLimitMs },
  });
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const stopAfter = (limitMs: number, note: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        note();
        finish();
      }, limitMs);
    };
    const stopScanAfter = (index: number) =>
      stopAfter(scanLimitMs * 3, () => {
        const scan = result.scans[index];
        if (scan) scan.note = `stopped after ${Math.round((scanLimitMs * 3) / 1000)} s`;
      });
    stopAfter(buildLimitMs, () => {
      result.note = `build skipped: not done within ${Math.round(buildLimitMs / 1000)} s`;
    });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'error') {
        result.note = `build failed: ${message.message}`;
        finish();
      } else if (message.kind === 'build') {
        result.buildMs = message.ms;
        result.patterns = message.patterns;
        stopScanAfter(0);
      } else {
        const scan = result.scans[message.index];
        if (scan && message.skipped !== undefined) {
          scan.note = `est. ${Math.round(message.skipped / 1000)} s, not run`;
        } else if (scan) {
          scan.ms = message.ms;
          scan.count = message.count;
        }
        if (message.index + 1 === texts.length) finish();
        else stopScanAfter(message.index + 1);
      }
    });
    worker.on('error', (error) => {
      result.note = `worker failed: ${String(error).slice(0, 80)}`;
      finish();
    });
  });
}
