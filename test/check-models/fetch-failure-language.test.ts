import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchModelListOverHttp } from '../../src/models/http-fetch.js';
import { describeFetchFailure } from '../../src/report/check-models/messages.js';
import { useLanguage } from '../../src/report/i18n/index.js';
import { findAsciiPunctuation, findEnglishSentences } from '../helpers/english-sentences.js';
import { messageFields, withoutWords } from '../helpers/language-neutral.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * check-models' own words for a model list it could not fetch (a refused port, an unknown host,
 * an answer that is not JSON, no answer in time), read by a Chinese admin: Chinese in the report
 * and in every `message` of --json, with the same codes as in English.
 */
let gateway: Server;
let silent: Server;
let dir: Awaited<ReturnType<typeof makeTempDir>>;
let closedPort: number;
const KEY = 'sk-test-fetch-language-0001';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  gateway = createHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('gateway says hello'));
  // Accepts the request and never answers.
  silent = createHttpServer(() => undefined);
  const gatewayUrl = await listen(gateway);
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  dir = await makeTempDir('lc-doctor-fetch-zh-');
  const entry = (name: string, baseURL: string) => [`    - name: ${name}`, '      apiKey: "${KEY}"', `      baseURL: "${baseURL}"`, '      models:', '        default: ["m-1"]', '        fetch: true'];
  const entries = [...entry('Closed', `http://127.0.0.1:${closedPort}/v1`), ...entry('Nowhere', 'http://lc-doctor-test.invalid/v1'), ...entry('Gateway', `${gatewayUrl}/v1`)];
  await dir.write('librechat.yaml', ['version: 1.2.8', 'endpoints:', '  custom:', ...entries, ''].join('\n'));
  await dir.write('.env', `KEY=${KEY}\n`);
});
afterAll(async () => {
  gateway.close();
  silent.closeAllConnections();
  silent.close();
  await dir.remove();
  await useLanguage('en');
});

const checkModels = (lang: string, ...args: string[]) => runCli(['check-models', '--no-cache-check', ...args], { cwd: dir.path, env: { LANG: lang } });

describe('check-models: a failed model-list fetch in Chinese', () => {
  it('says each failure in Chinese: refused, host not found, not JSON', async () => {
    const { stdout } = await checkModels('zh_CN.UTF-8');
    expect(stdout).toContain('模型拉取失败（连接被拒绝，地址');
    expect(stdout).toContain('模型拉取失败（找不到主机，地址');
    expect(stdout).toContain('模型拉取失败（返回的内容不是 JSON，地址');
    expect(findEnglishSentences(stdout)).toEqual([]);
    expect(findAsciiPunctuation(stdout)).toEqual([]);
  });

  it('--verbose steps and --json messages are Chinese; the codes are the same as in English', async () => {
    const verbose = await checkModels('zh_CN.UTF-8', '--verbose');
    expect(verbose.stdout).toContain('拉取失败：连接被拒绝');
    expect(findEnglishSentences(verbose.stdout)).toEqual([]);
    expect(findAsciiPunctuation(verbose.stdout)).toEqual([]);

    const zh = JSON.parse((await checkModels('zh_CN.UTF-8', '--json')).stdout) as { endpoints: { name: string; fetch?: unknown }[] };
    const en = JSON.parse((await checkModels('C', '--json')).stdout) as typeof zh;
    const fetches = zh.endpoints.map((e) => e.fetch);
    expect(fetches).toEqual([
      expect.objectContaining({ reason: 'network', detail: { code: 'refused', params: {} }, message: '连接被拒绝' }),
      expect.objectContaining({ reason: 'network', detail: { code: 'host-not-found', params: {} }, message: '找不到主机' }),
      expect.objectContaining({ reason: 'shape', detail: { code: 'not-json', params: {} }, message: '返回的内容不是 JSON' }),
    ]);
    expect(en.endpoints.map((e) => e.fetch)).toEqual([
      expect.objectContaining({ message: 'connection refused' }),
      expect.objectContaining({ message: 'host not found' }),
      expect.objectContaining({ message: 'the answer is not JSON' }),
    ]);
    for (const message of messageFields(zh)) expect(findEnglishSentences(message)).toEqual([]);
    expect(withoutWords(zh)).toEqual(withoutWords(en));
  });

  it('no answer within the time limit: a typed detail with its seconds, worded in each language', async () => {
    const url = `${await listen(silent)}/v1/models`;
    const outcome = await fetchModelListOverHttp({ url, headers: {}, shape: 'openai', timeoutMs: 300, proxy: {} });
    expect(outcome).toMatchObject({ ok: false, reason: 'timeout', detail: { code: 'no-answer', params: { seconds: 0.3 } } });
    if (outcome.ok) return;
    await useLanguage('zh-CN');
    expect(describeFetchFailure(outcome)).toBe('0.3 秒内没有响应');
    await useLanguage('en');
    expect(describeFetchFailure(outcome)).toBe('no answer within 0.3 s');
  });
});
