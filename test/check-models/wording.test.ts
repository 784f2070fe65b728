import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';

/** Report wording an admin reads: named variables, singular counts, no noise in --why. */
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dir = await makeTempDir('lc-doctor-unset-');
  await dir.write(
    'librechat.yaml',
    ['version: 1.2.8', 'endpoints:', '  custom:', '    - name: Relay', '      apiKey: "${RELAY_API_KEY}"', '      baseURL: "http://127.0.0.1:9/v1"', '      models:', '        default: ["m-1"]', ''].join('\n'),
  );
  await dir.write('.env', '');
});
afterAll(async () => dir.remove());

describe('check-models with an unset apiKey variable', () => {
  it('names ${RELAY_API_KEY} in the finding and the fix (stylish and json)', async () => {
    const run = await runCli(['check-models', '--no-cache-check'], { cwd: dir.path });
    expect(run.stdout).toContain('${RELAY_API_KEY} is not set');
    expect(run.stdout).toContain('put the value into .env as RELAY_API_KEY');
    expect(run.stdout).not.toMatch(/fix.*<value>/);
    expect(run.stdout).not.toContain('****');
    expect(run.stdout).toContain('1 endpoint, 1 model shown');
    const json = await runCli(['check-models', '--no-cache-check', '--json'], { cwd: dir.path });
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1 });
    expect(json.stdout).toContain('RELAY_API_KEY');
    expect(json.stdout).not.toContain('****');
  });
});

describe('check-models --why for a model that shows', () => {
  it('lists no near-misses: gpt-4 and gpt-4.1 are not typos of a gpt-4o that is there', async () => {
    const run = await runCli(['check-models', '--no-cache-check', '--why', 'gpt-4o'], { cwd: dir.path, env: { OPENAI_API_KEY: 'sk-test-fake-why-0000000001', OPENAI_MODELS: 'gpt-4o,gpt-4,gpt-4.1' } });
    expect(run.stdout).toContain("why gpt-4o: shows (endpoint openAI)");
    expect(run.stdout).not.toContain('near-misses');
    const missing = await runCli(['check-models', '--no-cache-check', '--why', 'gpt-4o-mini'], { cwd: dir.path, env: { OPENAI_API_KEY: 'sk-test-fake-why-0000000001', OPENAI_MODELS: 'gpt-4o,gpt-4,gpt-4.1' } });
    expect(missing.stdout).toContain('does not show');
  });
});
