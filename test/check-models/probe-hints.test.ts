import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';

/** `check-models --probe` on a dead endpoint: the probe's hint comes along, in stylish and markdown. */
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  dir = await makeTempDir('lc-doctor-probe-hints-');
  await dir.write(
    'librechat.yaml',
    ['version: 1.2.8', 'endpoints:', '  custom:', '    - name: Local', '      apiKey: "${LOCAL_KEY}"', `      baseURL: "http://127.0.0.1:${port}/v1"`, '      models:', '        default: ["m-1"]', ''].join('\n'),
  );
  await dir.write('.env', 'LOCAL_KEY=sk-test-fake-hints-000000000001\n');
});
afterAll(async () => dir.remove());

describe('check-models --probe, connection refused', () => {
  it('fails the model and gives the hint (host/port, Docker loopback)', async () => {
    const run = await runCli(['check-models', '--probe', '--no-cache-check'], { cwd: dir.path });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/fail {2}Local · m-1 {2}probe: connection refused/);
    expect(run.stdout).toContain('      hint: nothing listens at that host and port: check baseURL');
    const markdown = await runCli(['check-models', '--probe', '--no-cache-check', '--format', 'markdown'], { cwd: dir.path });
    expect(markdown.stdout).toMatch(/\| ❌ \| Local \| m-1 \| probe: connection refused.*\| nothing listens at that host and port/);
  });
});
