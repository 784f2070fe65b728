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
  it('runs check-models --probe on three loopback providers, prints the findings, exits 0 and cleans up', async () => {
    const before = demoFolders();
    const run = await spawnCli(['demo'], { cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The three stories the demo tells, each as the report states it.
    expect(run.stdout).toContain('warn  qwen · qwen-plus  probe: no reasoning arrived: this model thinks only when asked');
    expect(run.stdout).toContain('enable_thinking: true');
    expect(run.stdout).toContain("the provider has 'deepseek-ai/DeepSeek-V3.2-Exp' (differs only in case)");
    expect(run.stdout).toMatch(/ok {4}deepseek · deepseek-reasoner {2}probe: works; reasoning shown in LibreChat/);
    expect(run.stdout).not.toMatch(/sk-test-fake-demo-[a-z]+-\d{6,}/);
    await expect(normalise(run.stdout)).toMatchFileSnapshot('./__snapshots__/demo.txt');
    expect(demoFolders()).toEqual(before);
  });
});
