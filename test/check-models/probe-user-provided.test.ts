import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * `check-models --probe` on a `user_provided` endpoint: check-models has no --key-stdin, so the
 * line must not tell the admin to pass one; it names the probe command that does.
 */
const KEY = 'sk-test-fake-userprov-000000000001';
let provider: MockProvider;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  provider = await startMockProvider({ profile: 'deepseek', apiKey: KEY });
  dir = await makeTempDir('lc-doctor-user-provided-');
  await dir.write(
    'librechat.yaml',
    ['version: 1.2.8', 'endpoints:', '  custom:', '    - name: "Team Relay"', '      apiKey: user_provided', `      baseURL: "${provider.url}"`, '      models:', '        default: ["deepseek-chat"]', ''].join('\n'),
  );
  await dir.write('.env', '');
});
afterAll(async () => {
  await provider.close();
  await dir.remove();
});

describe('check-models --probe with a user_provided key', () => {
  it('says why nothing was sent and gives the probe command that takes a key', async () => {
    const run = await runCli(['check-models', '--probe', '--no-cache-check'], { cwd: dir.path });
    expect(run.stdout).toContain('warn  Team Relay  not probed: apiKey is user_provided (each user enters a key in LibreChat)');
    expect(run.stdout).toContain("fix run: lc-doctor probe 'Team Relay' --key-stdin");
    expect(run.stdout).not.toContain('pass --key-stdin');
    expect(provider.requests.filter((r) => r.path.endsWith('/chat/completions'))).toHaveLength(0);
  });
});
