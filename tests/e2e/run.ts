// The end-to-end test runner: loads every tests/e2e/*.e2e.ts, runs the tests one at a time with a
// time limit each, and ends with the line `N passed, N failed` (exit code 1 if any failed).
//   npx tsx tests/e2e/run.ts [filter]   — only tests whose name or file contains `filter`
// E2E_TIMEOUT_MS changes the per-test limit (default 60 s).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeAllBrowsers, registeredTests, setLoadingFile, SkipTest } from './harness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 60_000);
const filter = process.argv.slice(2).join(' ').trim();

// A test that timed out may still reject later; say so instead of crashing the run.
process.on('unhandledRejection', (reason) => {
  console.error(`  (late error from a finished test: ${describe(reason)})`);
});

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function withTimeout(run: () => Promise<void> | void, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${seconds(ms)}`)), ms);
  });
  try {
    await Promise.race([Promise.resolve().then(run), limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  const files = readdirSync(here)
    .filter((name) => name.endsWith('.e2e.ts'))
    .sort();
  for (const file of files) {
    setLoadingFile(file);
    await import(pathToFileURL(path.join(here, file)).href);
  }
  const selected = registeredTests().filter(
    (entry) => filter === '' || entry.name.includes(filter) || entry.file.includes(filter),
  );
  if (selected.length === 0) {
    console.error(filter ? `No end-to-end test matches "${filter}".` : 'No end-to-end tests found.');
    console.log('0 passed, 0 failed');
    return 1;
  }

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const entry of selected) {
    const started = performance.now();
    try {
      await withTimeout(entry.fn, timeoutMs);
      passed += 1;
      console.log(`✓ ${entry.name} (${seconds(performance.now() - started)})`);
    } catch (error) {
      if (error instanceof SkipTest) {
        skipped += 1;
        console.log(`- ${entry.name} (skipped: ${error.message})`);
      } else {
        failed += 1;
        console.log(`✗ ${entry.name} (${seconds(performance.now() - started)})`);
        console.log(
          describe(error)
            .split('\n')
            .map((line) => `    ${line}`)
            .join('\n'),
        );
      }
    } finally {
      await closeAllBrowsers().catch((error: unknown) =>
        console.error(`  (closing browsers: ${describe(error)})`),
      );
    }
  }
  if (skipped > 0) console.log(`${skipped} skipped`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describe(error));
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
