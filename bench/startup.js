#!/usr/bin/env node
// Start-up cost, measured alternately in one run (every round runs each command once, so load on
// a shared machine hits all of them alike), as median wall time and as a ratio to bare `node -e 0`.
// Targets (issue 12): validate <= 2.5x node and <= 0.6x LibreChat's own check; check-models and
// doctor without probes <= 3x; --version <= 1.2x. The first round fills the code cache and is dropped.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const work = mkdtempSync(join(tmpdir(), 'lc-doctor-bench-'));
const clean = 'bench/fixtures/librechat-400.yaml';
const env = 'bench/fixtures/bench.env';
const broken = join(work, 'librechat-400-broken.yaml');
writeFileSync(broken, breakConfig(readFileSync(join(root, clean), 'utf8')));

const cli = (...args) => ['bin/lc-doctor.js', ...args];
const commands = {
  'node -e 0': ['-e', '0'],
  'lc-doctor --version': cli('--version'),
  'validate, clean (393 lines)': cli('validate', '-c', clean, '-e', env),
  'validate, broken (393 lines)': cli('validate', '-c', broken, '-e', env),
  // Every model-list lookup goes to a closed local port: start-up plus undici, no network latency.
  'check-models, no probes': cli('check-models', '-c', clean, '-e', env, '--no-cache-check'),
  ...(hasCommand('doctor') ? { 'doctor, no probes': cli('doctor', '-c', clean, '-e', env, ...(helpMentions('doctor', '--no-probe') ? ['--no-probe'] : [])) } : {}),
  "LibreChat's own check": ['bench/librechat-check.cjs', clean],
};
const childEnv = { ...process.env, NO_COLOR: '1', LC_DOCTOR_CACHE_DIR: join(work, 'cache'), PROXY: 'http://127.0.0.1:9' };

const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let round = 0; round < runs; round++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'pipe', env: childEnv });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
    if (round > 0) samples[name].push(ms);
  }
}
rmSync(work, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = median(samples['node -e 0']);
const librechat = median(samples["LibreChat's own check"]);
const results = Object.fromEntries(
  Object.entries(samples).map(([name, xs]) => [name, { medianMs: +median(xs).toFixed(1), xNode: +(median(xs) / node).toFixed(2), xLibreChat: +(median(xs) / librechat).toFixed(2) }]),
);
console.log(JSON.stringify({ bench: 'startup', runs: runs - 1, results }));
console.log(`${'command'.padEnd(32)} ${'median'.padStart(10)}  ${'x node'.padStart(7)}  ${'x LibreChat'.padStart(11)}`);
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(32)} ${`${r.medianMs} ms`.padStart(10)}  ${`${r.xNode}x`.padStart(7)}  ${`${r.xLibreChat}x`.padStart(11)}`);
}

/** The same file with the mistakes people make: a typo'd key, a wrong type, a misplaced list. */
function breakConfig(text) {
  return text
    .replace('modelSelect: true', 'modelSelct: true')
    .replace('titleConvo: true', 'titleConvo: "yes"')
    .replace(/fetch: false/, 'fetch: "no"');
}

function helpMentions(command, option) {
  return spawnSync(process.execPath, cli(command, '--help'), { cwd: root, encoding: 'utf8' }).stdout.includes(option);
}

function hasCommand(command) {
  const help = spawnSync(process.execPath, cli('--help'), { cwd: root, encoding: 'utf8' });
  return new RegExp(`^\\s+${command}\\b`, 'm').test(help.stdout);
}
