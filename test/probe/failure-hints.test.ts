import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { useLanguage } from '../../src/report/i18n/index.js';
import { findAsciiPunctuation, findEnglishSentences } from '../helpers/english-sentences.js';
import { messageFields, withoutWords } from '../helpers/language-neutral.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { captureIo, FAKE_KEY } from './helpers.js';

/** Network and stream failures: one line in the user's words plus a hint, over real sockets. */
let stall: MockProvider;
let closedPort: number;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

/** A port that was just free: nothing listens there, so connecting is refused. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  stall = await startMockProvider({ profile: 'deepseek', apiKey: FAKE_KEY, fault: 'stall' });
  closedPort = await freePort();
  dir = await makeTempDir('lc-doctor-hints-');
  const entry = (name: string, baseURL: string) => [`    - name: ${name}`, '      apiKey: "${KEY}"', `      baseURL: "${baseURL}"`, '      models:', '        default: ["deepseek-flash"]'];
  await dir.write('librechat.yaml', ['version: 1.2.8', 'endpoints:', '  custom:', ...entry('Closed', `http://127.0.0.1:${closedPort}/v1`), ...entry('Stalls', stall.url), ''].join('\n'));
  await dir.write('.env', `KEY=${FAKE_KEY}\n`);
});
afterAll(async () => {
  await stall.close();
  await dir.remove();
  await useLanguage('en');
});

async function probe(...args: string[]) {
  const io = captureIo({}, dir.path);
  const code = await main(['probe', ...args], io);
  return { code, out: io.out() };
}

describe('failure hints', () => {
  test('connection refused: says so and hints at the host/port and Docker loopback', async () => {
    const { code, out } = await probe('Closed');
    expect(code).toBe(1);
    expect(out).toContain(`connection refused: connect ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(out).toMatch(/hint: nothing listens at that host and port: check baseURL/);
  });

  test('a stalled stream: plain words instead of undici\'s, and the option to raise', async () => {
    const { code, out } = await probe('Stalls', '--stall-timeout', '0.3');
    expect(code).toBe(1);
    expect(out).toContain('stream stalled: no bytes arrived within the stall timeout');
    expect(out).not.toContain('Body Timeout Error');
    expect(out).toContain('raise --stall-timeout');
  });

  test('the overall --timeout: plain words and a hint', async () => {
    const { out } = await probe('Stalls', '--timeout', '0.3');
    expect(out).toContain('timed out: the request did not finish within the time limit');
    expect(out).toContain('hint: no complete answer within --timeout seconds');
  });
});

/**
 * The same failures read by a Chinese admin: lc-doctor's own description of a stall or a time
 * limit is Chinese, the OS's own text stays as it came in full-width brackets, and the JSON keeps
 * the same codes as in English with the sentence in `message`.
 */
const probeIn = (lang: string, ...args: string[]) => runCli(['probe', ...args], { cwd: dir.path, env: { LANG: lang } });

/** What a run says about its one probed model's failure, without timings (they differ run to run). */
function failureOf(json: string) {
  const result = (JSON.parse(json) as { results: { error: unknown; verdicts: unknown }[] }).results[0]!;
  return { error: result.error, verdicts: result.verdicts };
}

describe('probe failures in Chinese', () => {
  test.each([
    { name: 'a stalled stream', args: ['Stalls', '--stall-timeout', '0.3'], says: '流卡住了：超过停顿超时仍没有收到任何数据', code: 'stall-timeout' },
    { name: 'the overall --timeout', args: ['Stalls', '--timeout', '0.3'], says: '超时：请求没有在时限内完成', code: 'time-limit' },
  ])("$name: lc-doctor's own description in Chinese, in stylish and in --json", async ({ args, says, code }) => {
    const stylish = await probeIn('zh_CN.UTF-8', ...args, '--verbose');
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain(says);
    expect(findEnglishSentences(stylish.stdout)).toEqual([]);
    expect(findAsciiPunctuation(stylish.stdout)).toEqual([]);

    const zh = failureOf((await probeIn('zh_CN.UTF-8', ...args, '--json')).stdout);
    const en = failureOf((await probeIn('C', ...args, '--json')).stdout);
    expect(zh.error).toMatchObject({ detail: { code, params: {} } });
    expect(messageFields(zh).length).toBeGreaterThan(0);
    for (const message of messageFields(zh)) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(findEnglishSentences(message)).toEqual([]);
    }
    expect(withoutWords(zh)).toEqual(withoutWords(en));
  });

  test("a refused connection: the OS's own text in full-width brackets after lc-doctor's label", async () => {
    const { stdout } = await probeIn('zh_CN.UTF-8', 'Closed', '--verbose', '--list-models');
    expect(stdout).toContain(`连接被拒绝（connect ECONNREFUSED 127.0.0.1:${closedPort}）`);
    // The failed model list too, after a full-width colon.
    expect(stdout).toContain(`GET http://127.0.0.1:${closedPort}/v1/models：连接被拒绝（connect ECONNREFUSED`);
    expect(findEnglishSentences(stdout)).toEqual([]);
    expect(findAsciiPunctuation(stdout)).toEqual([]);
  });
});
