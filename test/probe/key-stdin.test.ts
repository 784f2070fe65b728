import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { FAKE_KEY } from './helpers.js';

/** `--key-stdin` with the built CLI: the key typed for one provider never reaches another origin. */
const built = existsSync(new URL('../../dist/cli/main.js', import.meta.url));
let mine: MockProvider;
let other: MockProvider;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  mine = await startMockProvider({ profile: 'deepseek', apiKey: FAKE_KEY });
  other = await startMockProvider({ profile: 'dashscope' });
  dir = await makeTempDir('lc-doctor-key-stdin-');
  const entry = (name: string, apiKey: string, url: string) => [`    - name: ${name}`, `      apiKey: "${apiKey}"`, `      baseURL: "${url}"`, '      models:', '        default: ["deepseek-flash", "qwen-plus"]'];
  await dir.write('librechat.yaml', ['version: 1.2.8', 'endpoints:', '  custom:', ...entry('Mine', 'user_provided', mine.url), ...entry('Other', '${OTHER_KEY}', other.url), ''].join('\n'));
  await dir.write('.env', '');
});
afterAll(async () => {
  await mine.close();
  await other.close();
  await dir.remove();
});

const chatRequests = (provider: MockProvider) => provider.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe.skipIf(!built)('probe --key-stdin', () => {
  test('two endpoints would get the key: exit 2 with the names, nothing sent anywhere', async () => {
    const run = await spawnCli(['probe', '--key-stdin'], { cwd: dir.path, input: `${FAKE_KEY}\n` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--key-stdin would send one key to 2 endpoints (Mine, Other)');
    expect(run.stderr).toContain('hint: name the endpoint the key belongs to: lc-doctor probe "Mine" --key-stdin');
    expect(chatRequests(mine)).toHaveLength(0);
    expect(chatRequests(other)).toHaveLength(0);
  });

  test('the named endpoint gets the key; the other provider sees nothing', async () => {
    const run = await spawnCli(['probe', 'Mine', '--key-stdin'], { cwd: dir.path, input: `${FAKE_KEY}\n` });
    expect(run.code).toBe(0);
    expect(chatRequests(mine)[0]?.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect(other.requests).toHaveLength(0);
    expect(run.stdout + run.stderr).not.toContain(FAKE_KEY);
  });

  test('a rejected typed key: the hint does not send the admin to a .env variable that does not exist', async () => {
    const run = await spawnCli(['probe', 'Mine', '--key-stdin'], { cwd: dir.path, input: 'sk-test-fake-wrong-000000000000\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('401: the key is rejected');
    expect(run.stdout).toContain('hint: check that the key belongs to this provider/region and is still active');
    // The runtime line names .env (how LibreChat reads it); what the probe says about the key does not.
    const verdicts = run.stdout.split('\n').filter((line) => !line.startsWith('assumed '));
    expect(verdicts.join('\n')).not.toContain('.env');
  });
});
