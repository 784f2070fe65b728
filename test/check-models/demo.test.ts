import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/run-cli.js';

/** Ports and milliseconds vary from run to run; everything else in the demo is deterministic. */
function normalise(text: string): string {
  return text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>').replace(/\b\d+ ms\b/g, '<n> ms');
}

const demoFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('lc-doctor-demo-'));

describe('lc-doctor demo', () => {
  it('runs doctor --probe on three loopback providers, prints one finding per cause, exits 0 and cleans up', async () => {
    const before = demoFolders();
    const run = await spawnCli(['demo'], { cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The three stories the demo tells, each as the report states it.
    expect(run.stdout).toContain('$ lc-doctor doctor --probe');
    expect(run.stdout).toContain('warning  qwen / qwen-plus: probe: no reasoning arrived: this model thinks only when asked');
    expect(run.stdout).toContain('enable_thinking: true');
    // The wrong-case id is one cause, seen by check-models' /models look-up and by the probe's 404.
    expect(run.stdout).toContain("the provider has 'deepseek-ai/DeepSeek-V3.2-Exp' (differs only in case)");
    expect(run.stdout).toContain('check-models/model-not-at-provider · check-models, probe');
    expect(run.stdout).not.toContain('the provider does not know');
    // DeepSeek works: nothing to fix there, so it is not in the list.
    expect(run.stdout).not.toMatch(/\d\. \w+ +deepseek \//);
    expect(run.stdout).toContain('✖ 2 findings (1 error, 1 warning, 0 infos)');
    expect(run.stdout).not.toMatch(/sk-test-fake-demo-[a-z]+-\d{6,}/);
    await expect(normalise(run.stdout)).toMatchFileSnapshot('./__snapshots__/demo.txt');
    expect(demoFolders()).toEqual(before);
  });
});
