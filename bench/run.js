#!/usr/bin/env node
// Runs every benchmark in this folder, one after another, against the built CLI (dist/).
// Each benchmark prints a JSON line (machine) and a human line; this runner only sequences them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.js') && f !== 'run.js')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const bench of benches) {
  console.log(`\n# ${bench}`);
  const result = spawnSync(process.execPath, [here + bench], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`# ${bench} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exitCode = failed ? 1 : 0;
