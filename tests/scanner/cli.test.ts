// @vitest-environment node
// The real command: `node scripts/backstory.mjs …` spawned from a temporary folder (so it works
// from anywhere), checked for its exit code, output and error messages.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, sharedFixture } from '../shared-fixtures';

const CLI = join(repoRoot, 'scripts', 'backstory.mjs');
const PACK = sharedFixture('minimal-pack.json');

let dir = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const lines = (stdout: string) => stdout.split('\n').filter((line) => line !== '');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-cli-'));
  await copyFile(sharedFixture('seed-article.txt'), join(dir, 'seed.txt'));
  await writeFile(join(dir, 'broken.json'), '{\n  "entities": [\n    { "name": "Putin", }\n  ]\n}\n');
  await writeFile(
    join(dir, 'bad-url.json'),
    JSON.stringify({
      entities: [
        { name: 'Meduza', type: 'organization' },
        { name: 'Vladimir Putin', type: 'person', links: [{ url: 'javascript:alert(1)' }] },
      ],
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.concurrent('the backstory command', { timeout: 60_000 }, () => {
  it('scans a relative file from another working directory', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', PACK, 'seed.txt');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = lines(stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(9);
    expect(records[0]).toEqual({
      file: 'seed.txt',
      kind: 'mention',
      type: 'person',
      entityId: 'person-vladimir-putin',
      name: 'Vladimir Putin',
      exact: 'Vladimir Putin',
      start: 164,
      end: 178,
      prefix: 'he "dictatorial country" run by ',
      suffix: '.\n\nThe video message was release',
    });
  });

  it('prints its usage with --help and exits 0', async () => {
    const { code, stdout } = await cli('scan', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: backstory scan --pack PACK\.json/u);
    expect(stdout).toMatch(/Exit codes:/u);
  });

  it('exits 2 on a missing pack file', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', 'nowhere.json', 'seed.txt');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('backstory scan: cannot read the pack "nowhere.json": no such file\n');
  });

  it('exits 2 on a pack that is not JSON, saying where', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', 'broken.json', 'seed.txt');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/the pack "broken\.json" is not valid:\n {2}.*line 3, column 24/u);
  });

  it('exits 2 on a pack with an invalid URL, naming the field', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', 'bad-url.json', 'seed.txt');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ {2}entities\[1\]\.links\[0\]\.url: /mu);
  });

  it('exits 1 on a missing page, having scanned the others', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', PACK, 'missing.html', 'seed.txt');
    expect(code).toBe(1);
    expect(stderr).toBe('backstory scan: cannot read "missing.html": no such file\n');
    expect(lines(stdout)).toHaveLength(9);
  });

  it('exits 2 on an unknown option, writing nothing', async () => {
    const { code, stdout, stderr } = await cli('scan', '--pack', PACK, '--colour', 'seed.txt');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^backstory scan: unknown option "--colour"\n/u);
  });

  it('exits 2 on an unknown command', async () => {
    const { code, stderr } = await cli('sacn');
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "sacn"/u);
  });
});
