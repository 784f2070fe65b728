#!/usr/bin/env node
// validate on large inputs (issue 14: a 4.9 MB YAML took 30.8 s): a realistic config grown to
// 0.25, 1 and 4.9 MB (the cap is 5 MB) with many custom endpoints, and a .env of 1 and 4.9 MB.
// Time per MB staying flat means linear. Median of 3 runs each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lc-doctor-bench-'));
const MB = 1024 * 1024;

function config(bytes) {
  let text = 'version: "1.3.17"\ncache: true\nendpoints:\n  custom:\n';
  for (let i = 0; text.length < bytes; i++) {
    text += `    - name: "provider-${i}"\n      apiKey: "\${PROVIDER_${i % 50}_KEY}"\n      baseURL: "https://api.provider-${i}.example/v1"\n`;
    text += `      models:\n        default: ["model-a-${i}", "model-b-${i}"]\n        fetch: false\n      titleConvo: true\n      titleModel: "model-a-${i}"\n`;
  }
  return text;
}

function env(bytes) {
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += i % 9 === 0 ? `# section ${i}\n` : `PROVIDER_${i}_KEY=value-${i}\n`;
  return text;
}

const cases = [];
const small = join(work, 'small.env');
writeFileSync(small, 'PROVIDER_0_KEY=x\n');
for (const size of [0.25, 1, 4.9]) {
  const file = join(work, `config-${size}.yaml`);
  writeFileSync(file, config(size * MB));
  cases.push({ name: `librechat.yaml ${size} MB`, size, args: ['-c', file, '-e', small] });
}
const minimal = join(work, 'minimal.yaml');
writeFileSync(minimal, 'version: "1.3.17"\n');
for (const size of [1, 4.9]) {
  const file = join(work, `env-${size}.env`);
  writeFileSync(file, env(size * MB));
  cases.push({ name: `.env ${size} MB`, size, args: ['-c', minimal, '-e', file] });
}

const results = [];
for (const c of cases) {
  const times = [];
  for (let r = 0; r < 3; r++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['bin/lc-doctor.js', 'validate', ...c.args, '--format', 'json'], { cwd: root, stdio: 'pipe', maxBuffer: 1 << 30 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`${c.name}: exit ${run.status}: ${run.stderr}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = [...times].sort((a, b) => a - b)[1];
  results.push({ input: c.name, ms: Math.round(ms), msPerMB: Math.round(ms / c.size) });
}
rmSync(work, { recursive: true, force: true });
console.log(JSON.stringify({ bench: 'validate-size', results }));
for (const r of results) console.log(`${r.input.padEnd(24)} ${String(r.ms).padStart(7)} ms  ${String(r.msPerMB).padStart(6)} ms per MB`);
