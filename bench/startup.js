#!/usr/bin/env node
// Start-up cost: median wall time of `lc-doctor --version` and `lc-doctor validate` on a
// realistic ~400-line config, as a ratio to bare `node -e 0` (the floor). Targets: <= 1.3x, <= 2x.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const commands = {
  'node -e 0': ['-e', '0'],
  'lc-doctor --version': ['bin/lc-doctor.js', '--version'],
  'lc-doctor validate (400 lines)': ['bin/lc-doctor.js', 'validate', '-c', 'bench/fixtures/librechat-400.yaml', '-e', 'bench/fixtures/bench.env', '--format', 'json'],
};

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples[name].push(ms); // the first round warms the file cache
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(samples['node -e 0']);
const results = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, { medianMs: +median(xs).toFixed(1), ratio: +(median(xs) / floor).toFixed(2) }]));
console.log(JSON.stringify({ bench: 'startup', runs: runs - 1, results }));
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(32)} ${String(r.medianMs).padStart(7)} ms  ${r.ratio}x`);
