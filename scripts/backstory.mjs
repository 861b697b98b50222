#!/usr/bin/env node
// The `backstory` command (package.json "bin"): runs scripts/backstory.ts through tsx, from any
// working directory, with the repository's tsconfig. See scripts/lib/scan.ts for `scan`.
import { URL, fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('./backstory.ts');
