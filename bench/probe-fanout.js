// Fan-out: 40 endpoints whose provider answers after 300 ms, probed with the default concurrency.
// Ideal wall time = ceil(40 / concurrency) x 300 ms. Run after `npm run build`.
import { performance } from 'node:perf_hooks';
import { startMockProvider } from '../dist/mock-provider/index.js';
import { collectProbeTargets, PROBE_DEFAULTS, runProbes } from '../dist/probe/index.js';

const ENDPOINTS = 40;
const LATENCY_MS = 300;
const models = Array.from({ length: ENDPOINTS }, (_, i) => `reasoner-${i}`);
const mock = await startMockProvider({ profile: 'deepseek', models, faults: Object.fromEntries(models.map((m) => [m, 'latency'])), latencyMs: LATENCY_MS });
const custom = models.map((model, i) => ({ name: `endpoint-${i}`, apiKey: 'sk-test-fake-bench', baseURL: mock.url, models: { default: [model] } }));
const { targets } = collectProbeTargets({ endpoints: { custom } }, {});

const started = performance.now();
const results = await runProbes(targets);
const wallMs = performance.now() - started;
await mock.close();

const concurrency = PROBE_DEFAULTS.concurrency;
const idealMs = Math.ceil(ENDPOINTS / concurrency) * LATENCY_MS;
const result = {
  bench: 'probe-fanout',
  endpoints: ENDPOINTS,
  latencyMs: LATENCY_MS,
  concurrency,
  ok: results.filter((r) => r.ok).length,
  wallMs: Math.round(wallMs),
  idealMs,
  overheadPercent: Math.round(((wallMs - idealMs) / idealMs) * 1000) / 10,
};
console.log(JSON.stringify(result));
console.log(`fan-out: ${result.ok}/${ENDPOINTS} endpoints at ${LATENCY_MS} ms, concurrency ${concurrency}: ${result.wallMs} ms wall vs ${idealMs} ms ideal (+${result.overheadPercent}%)`);
