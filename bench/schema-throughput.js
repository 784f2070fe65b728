#!/usr/bin/env node
/**
 * Schema throughput: 200 librechat.yaml configs validated in one process by lc-doctor's
 * checkSchema (generated ajv validators) and by LibreChat's own configSchema.safeParse
 * (librechat-data-provider 0.8.524, the devDependency). Runs against dist/: `npm run build` first.
 *
 *   node bench/schema-throughput.js [count]
 *
 * Throughput is the median of five rounds over all configs after a warm-up round; cold start is
 * import + first config. Prints one JSON line, then one line for people. Numbers, not assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv[2] ?? 200);

const fixtureDirs = ['valid', 'invalid'].map((kind) => `${root}test/fixtures/configs/${kind}/`);
const texts = fixtureDirs.flatMap((dir) => readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort().map((n) => readFileSync(dir + n, 'utf8')));
const configs = Array.from({ length: count }, (_, i) => parse(texts[i % texts.length]));

const loadStart = performance.now();
const { checkSchema } = await import(`${root}dist/schema/check-schema.js`);
const { listTargets } = await import(`${root}dist/schema/targets.js`);
const target = listTargets().find((t) => t.id === '0.8.8');
const firstStart = performance.now();
checkSchema(configs[0], target, 'librechat.yaml');
const coldMs = performance.now() - loadStart;
const firstCallMs = performance.now() - firstStart;

const oursMs = time(() => {
  for (const config of configs) checkSchema(config, target, 'librechat.yaml');
});

const require = createRequire(import.meta.url);
const zodLoadStart = performance.now();
const { configSchema } = require('ldp-0.8.524');
const strict = configSchema.strict();
strict.safeParse(configs[0]);
const zodColdMs = performance.now() - zodLoadStart;
const zodMs = time(() => {
  for (const config of configs) {
    try {
      strict.safeParse(config);
    } catch {
      // a non-URL MCP url makes LibreChat's refinement throw; it still counts as validated
    }
  }
});

const result = {
  bench: 'schema-throughput',
  configs: count,
  librechat: target.librechatVersion,
  lcDoctor: { configsPerSecond: Math.round((count / oursMs) * 1000), totalMs: round(oursMs), coldStartMs: round(coldMs), firstCallMs: round(firstCallMs) },
  libreChatZod: { configsPerSecond: Math.round((count / zodMs) * 1000), totalMs: round(zodMs), coldStartMs: round(zodColdMs) },
};
result.ratio = round(result.lcDoctor.configsPerSecond / result.libreChatZod.configsPerSecond);
console.log(JSON.stringify(result));
console.log(
  `${count} configs: lc-doctor checkSchema ${result.lcDoctor.configsPerSecond}/s (cold start ${result.lcDoctor.coldStartMs} ms), ` +
    `LibreChat configSchema.safeParse ${result.libreChatZod.configsPerSecond}/s (cold start ${result.libreChatZod.coldStartMs} ms): ${result.ratio}x`,
);

/** Median of five timed rounds after one warm-up round: the machine may be busy. */
function time(fn) {
  fn();
  const rounds = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    fn();
    rounds.push(performance.now() - start);
  }
  return rounds.sort((a, b) => a - b)[2];
}

function round(n) {
  return Math.round(n * 10) / 10;
}
