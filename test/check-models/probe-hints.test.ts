import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';
import type { LocatedCheck } from '../../src/models/report.js';
import { describeProbeHint } from '../../src/report/check-models/messages.js';
import { useLanguage } from '../../src/report/i18n/index.js';
import { findEnglishSentences } from '../helpers/english-sentences.js';

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

describe("check-models --probe, a time limit ran out: check-models' own limits have no option", () => {
  const OWN_WORDS = { stall: { detail: { code: 'stall-timeout', params: {} } }, timeout: { detail: { code: 'time-limit', params: {} } }, 'connect-timeout': { message: 'Connect Timeout Error' } } as const;
  /** A probe line as check-models reports it when the stream stalled or the request ran out of time. */
  const timedOut = (kind: 'stall' | 'timeout' | 'connect-timeout'): LocatedCheck => ({
    code: 'probe',
    status: 'fail',
    endpoint: 'My Relay',
    model: 'm-1',
    args: { verdict: 'stream-broken', kind, ...OWN_WORDS[kind], verdicts: ['stream-broken'], display: 'no-reasoning', version: '0.8.8', firstReasoningMs: -1, firstAnswerMs: -1, totalMs: 10_000 },
  });

  it.each([
    ['stall', "lc-doctor probe 'My Relay' --stall-timeout 60", '10 s'],
    ['timeout', "lc-doctor probe 'My Relay' --timeout 120", '20 s'],
    ['connect-timeout', "lc-doctor probe 'My Relay' --connect-timeout 30", '5 s'],
  ] as const)('%s: the hint names check-models\' limit and a probe command whose options exist', async (kind, command, limit) => {
    const hint = describeProbeHint(timedOut(kind)) ?? '';
    expect(hint).toContain(command);
    expect(hint).toContain(limit);
    const probeHelp = (await runCli(['probe', '--help'], { cwd: dir.path })).stdout;
    const checkModelsHelp = (await runCli(['check-models', '--help'], { cwd: dir.path })).stdout;
    const option = command.split(' ').find((word) => word.startsWith('--'))!;
    expect(probeHelp).toContain(option);
    // The old advice named an option check-models does not have.
    expect(checkModelsHelp).not.toContain(option);
    await useLanguage('zh-CN');
    const chinese = describeProbeHint(timedOut(kind)) ?? '';
    await useLanguage('en');
    expect(chinese).toContain(command);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(findEnglishSentences(chinese)).toEqual([]);
  });
});
