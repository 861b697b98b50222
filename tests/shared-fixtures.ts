// Where the shared fixtures are: `../shared/fixtures` beside the repository (a fresh clone in
// CI has them there too). Tests read them from there; the repository holds none of them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures');

export function sharedFixture(...parts: string[]): string {
  return path.join(sharedFixtures, ...parts);
}
