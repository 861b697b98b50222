// The `backstory` command line (npm bin, through scripts/backstory.mjs): one sub-command so far,
// `scan`, which finds a pack's entities in saved pages (scripts/lib/scan.ts).

import { EXIT_OK, EXIT_USAGE, runScan } from './lib/scan.ts';

const USAGE = `Usage: backstory <command> [options]

Commands:
  scan   find the people and organisations of a pack in saved pages
         (backstory scan --help for its options and exit codes)
`;

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'scan') {
    return runScan(rest, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return EXIT_OK;
  }
  process.stderr.write(
    command === undefined ? USAGE : `backstory: unknown command ${JSON.stringify(command)}\n\n${USAGE}`,
  );
  return EXIT_USAGE;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
