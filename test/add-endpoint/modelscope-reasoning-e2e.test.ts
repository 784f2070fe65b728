import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * Issue 13 "done when": `add-endpoint modelscope --models deepseek-ai/DeepSeek-V3.2-Exp`, then
 * `check-models --probe` against the modelscope mock profile, shows the model with its reasoning,
 * through the built CLI. `--base-url` points the preset at the mock; everything else is the preset's.
 */
const KEY = 'ms-00000000-0000-4000-8000-fake0000e2e1';
let provider: MockProvider;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  provider = await startMockProvider({ profile: 'modelscope', apiKey: KEY });
  dir = await makeTempDir('lc-doctor-13-');
  await dir.write('.env', `MODELSCOPE_API_KEY=${KEY}\n`);
});
afterAll(async () => {
  await provider.close();
  await dir.remove();
});

describe('issue 13: the model the admin chose, with its reasoning', () => {
  it('add-endpoint writes it; check-models --probe shows its reasoning and titles that answer; validate is clean', async () => {
    const added = await spawnCli(['add-endpoint', 'modelscope', '--models', 'deepseek-ai/DeepSeek-V3.2-Exp', '--base-url', provider.url, '--yes'], { cwd: dir.path });
    expect(added.code).toBe(0);

    const checked = await spawnCli(['check-models', '--probe', '--no-cache-check'], { cwd: dir.path, timeoutMs: 30_000 });
    expect(checked.stdout).toMatch(/ok +modelscope · deepseek-ai\/DeepSeek-V3\.2-Exp +probe: works; reasoning shown in LibreChat/);
    // Only the chosen model is offered (fetch: false), and the title entry's request answered.
    expect(checked.stdout).toContain('modelscope  1 model from models.default');
    expect(checked.stdout).not.toMatch(/title request/);
    expect(checked.stdout).not.toContain(KEY);
    expect(checked.code).toBe(0);

    const validated = await spawnCli(['validate'], { cwd: dir.path });
    expect(validated.stdout + validated.stderr).not.toContain('title-model-not-served');
    expect(validated.code).toBe(0);
  });
});
