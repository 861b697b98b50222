// Runs `backstory scan` in-process for the scanner tests: the exit code, what it wrote to
// standard output (as text, and as its JSON lines) and to standard error.
import { runScan, type ScanRecord } from '../../scripts/lib/scan.ts';

export async function runScanned(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runScan(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** The same, with standard output read as JSON lines. */
export async function scanRecords(args: string[]) {
  const { code, stdout, stderr } = await runScanned(args);
  const records = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ScanRecord);
  return { code, records, stderr };
}
