import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { runCli } from '../helpers/run-cli.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';

/**
 * `check-models --why <id>` and plain `check-models` never disagree on one deployment: for every
 * id the files configure, --why exits 1 exactly when the plain report has a failing line about
 * that id (its own line, its endpoint's, or a stale cached list that lacks it).
 */
const KEY = 'sk-test-fake-e2e-siliconflow-000001';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/check-models/${name}/`, import.meta.url));
let provider: MockProvider;
let redis: RedisServer;

beforeAll(async () => {
  provider = await startMockProvider({ profile: 'siliconflow', apiKey: KEY, models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
  redis = await startRedis();
  await seedModelCache({ family: '0.7.7', uri: redis.uri() });
});
afterAll(async () => {
  await provider?.close();
  await redis?.stop();
});

interface Check {
  code: string;
  status: string;
  endpoint?: string;
  model?: string;
  args: { missing?: string[]; models?: string[] | number };
}
interface Report {
  exitCode: number;
  checks: Check[];
  endpoints: { name: string; configured: { id: string }[] }[];
}

/** Whether the plain report fails this id: a line about it, or about its endpoint as a whole. */
function plainFails(report: Report, endpoint: string, id: string): boolean {
  return report.checks.some((c) => {
    if (c.status !== 'fail') return false;
    if (c.model !== undefined) return c.model === id && c.endpoint === endpoint;
    if (c.endpoint !== endpoint) return false;
    return c.code === 'cache-stale' ? (c.args.missing ?? []).includes(id) : true;
  });
}

const deployments: [string, string[], NodeJS.ProcessEnv][] = [
  ['typo', [], {}],
  ['clean', [], {}],
  ['openai-models', [], { OPENAI_REVERSE_PROXY: '' }],
  ['dropped', [], {}],
  ['endpoints-hidden', [], {}],
  ['chat-completions', [], {}],
  ['ollama', ['--librechat-version', '0.7.7'], {}],
  ['stale-cache', ['--librechat-version', '0.7.7'], { REDIS_URI: '' }],
];

describe('check-models --why agrees with check-models on every configured id', () => {
  it.each(deployments)('%s', async (name, args, extra) => {
    const env: NodeJS.ProcessEnv = { MOCK_BASE_URL: provider.url, ...extra };
    if ('OPENAI_REVERSE_PROXY' in extra) env.OPENAI_REVERSE_PROXY = provider.url;
    if ('REDIS_URI' in extra) env.REDIS_URI = redis.uri();
    const run = (more: string[]) => runCli(['check-models', '--json', ...args, ...more], { cwd: fixture(name), env });
    const plain = JSON.parse((await run([])).stdout) as Report;
    const ids = plain.endpoints.flatMap((e) => e.configured.map((m) => [e.name, m.id] as const));
    expect(ids.length).toBeGreaterThan(0);
    for (const [endpoint, id] of ids) {
      const why = await run(['--why', id]);
      expect({ endpoint, id, fails: why.code === 1 }).toEqual({ endpoint, id, fails: plainFails(plain, endpoint, id) });
    }
  });
});
