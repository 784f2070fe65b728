#!/usr/bin/env node
// clear-models-cache planning at 10k, 100k and 1M model-cache keys (issue 14: 100k took 275 s and
// 150k overflowed the stack). Each size runs `--dry-run` (SCAN, per-key TTL/size, decoding, the
// terminal report) against a real redis-server; time per 1,000 keys staying flat means linear.
// Usage: node bench/cache-plan.js [--sizes 10000,100000,1000000]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { freePort, pipeLoad, resp } from './lib/redis.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [10_000, 100_000, 1_000_000];
const modelKey = (i) => `MODEL_QUERIES:${i.toString(16).padStart(32, '0')}`;

function timeDryRun(uri, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const args = [join(root, 'bin/lc-doctor.js'), 'clear-models-cache', '--redis-uri', uri, '--dry-run', '--skip-mongo'];
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`clear-models-cache exited ${code}: ${stderr}`));
      else resolve({ ms, planned: Number(/would be deleted/.test(stdout) ? /Dry run: (\d+) key/.exec(stdout)?.[1] : 0) });
    });
  });
}

async function main() {
  if (spawnSync('sh', ['-c', 'command -v redis-server && command -v redis-cli']).status !== 0) {
    throw new Error('redis-server/redis-cli missing: apt-get install -y redis-server');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-bench-'));
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const admin = new Redis({ port, host: '127.0.0.1', retryStrategy: (n) => (n > 50 ? null : 50) });
  admin.on('error', () => undefined);
  const results = [];
  try {
    await admin.ping();
    for (const size of SIZES) {
      await admin.flushall();
      await pipeLoad(port, 0, size, (i) => resp('SET', modelKey(i), '{"value":["gpt-4o","o3"]}'));
      const runs = size >= 1_000_000 ? 1 : 3;
      const times = [];
      let planned = 0;
      for (let r = 0; r < runs; r++) {
        const run = await timeDryRun(`redis://127.0.0.1:${port}`, dir);
        times.push(run.ms);
        planned = run.planned;
      }
      if (planned !== size) throw new Error(`planned ${planned} keys, seeded ${size}`);
      const ms = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
      results.push({ keys: size, ms: Math.round(ms), msPer1kKeys: +((ms / size) * 1000).toFixed(2) });
    }
  } finally {
    admin.disconnect();
    server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ bench: 'cache-plan', results }));
  for (const r of results) console.log(`${String(r.keys).padStart(9)} model-cache keys  --dry-run ${String(r.ms).padStart(7)} ms  ${r.msPer1kKeys} ms per 1k keys`);
}

await main();
