import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { FAKE_KEY } from './helpers.js';

const cli = new URL('../../bin/lc-doctor.js', import.meta.url).pathname;
const built = existsSync(new URL('../../dist/cli/main.js', import.meta.url));

describe.skipIf(!built)(`built CLI: lc-doctor probe${built ? '' : ' (dist/ missing: run npm run build)'}`, () => {
  let mock: MockProvider;
  let dir: string;
  beforeAll(async () => {
    mock = await startMockProvider({ profile: 'siliconflow', apiKey: FAKE_KEY });
    dir = mkdtempSync(join(tmpdir(), 'lc-doctor-e2e-'));
    const yaml = `version: 1.2.1\nendpoints:\n  custom:\n    - name: SiliconFlow\n      apiKey: "\${SILICONFLOW_API_KEY}"\n      baseURL: "${mock.url}"\n      models:\n        default: ["deepseek-ai/DeepSeek-R1"]\n`;
    writeFileSync(join(dir, 'librechat.yaml'), yaml);
    writeFileSync(join(dir, '.env'), `SILICONFLOW_API_KEY=${FAKE_KEY}\n`);
  });
  afterAll(() => mock.close());

  test('probes over the network, judges against the config\'s LibreChat line, exits 0', async () => {
    // spawnSync would block the mock provider living in this process; run the child asynchronously.
    const child = spawn(process.execPath, [cli, 'probe', '--format', 'json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).not.toContain(FAKE_KEY);
    // `version: 1.2.1` in the config selects the LibreChat line that ships it (manifest).
    expect(JSON.parse(out).librechatVersion).toMatch(/^0\.7\.7/);
    expect(JSON.parse(out).results[0]).toMatchObject({ display: 'shown', observation: { usage: { placement: 'every-chunk', reasoningTokens: 12 } } });
  });

  test('--key-stdin: a piped key probes a user_provided endpoint and is never printed', async () => {
    const yaml = `endpoints:\n  custom:\n    - name: PerUser\n      apiKey: user_provided\n      baseURL: "${mock.url}"\n      models:\n        default: ["deepseek-ai/DeepSeek-R1"]\n`;
    writeFileSync(join(dir, 'per-user.yaml'), yaml);
    const child = spawn(process.execPath, [cli, 'probe', '--config', 'per-user.yaml', '--key-stdin', '--verbose'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end(`${FAKE_KEY}\n`);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('authorization: Bearer sk-test...cdef');
    expect(out).not.toContain(FAKE_KEY);
  });

  test('--help lists the options', () => {
    const help = spawnSync(process.execPath, [cli, 'probe', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const option of ['--turns', '--key-stdin', '--librechat-version', '--connect-timeout', '--all-models']) expect(help.stdout).toContain(option);
  });
});
