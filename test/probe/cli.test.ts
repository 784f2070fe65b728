import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { captureIo, FAKE_KEY, FAKE_KEY_2 } from './helpers.js';

/** `lc-doctor probe` in-process: real config files, real sockets, captured output. */
let good: MockProvider;
let echo: Server;
let dir: string;

beforeAll(async () => {
  good = await startMockProvider({ profile: 'vllm', apiKey: FAKE_KEY });
  // A provider that echoes the key back in its error, as some do.
  echo = createServer((req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${String(req.headers.authorization).slice(7)}` } }));
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  dir = mkdtempSync(join(tmpdir(), 'lc-doctor-probe-'));
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/v1`;
  writeFileSync(
    join(dir, 'librechat.yaml'),
    [
      'version: 1.3.17',
      'endpoints:',
      '  custom:',
      '    - name: vLLM',
      '      apiKey: "${VLLM_KEY}"',
      `      baseURL: "${good.url}"`,
      '      models:',
      '        default: ["Qwen/Qwen3-8B", "qwen/qwen3-8b"]',
      '    - name: Echo',
      '      apiKey: "${ECHO_KEY}"',
      `      baseURL: "${echoUrl}"`,
      '      models:',
      '        default: ["m"]',
      '    - name: PerUser',
      '      apiKey: user_provided',
      `      baseURL: "${good.url}"`,
      '      models:',
      '        default: ["Qwen/Qwen3-8B"]',
    ].join('\n'),
  );
  writeFileSync(join(dir, '.env'), `VLLM_KEY=${FAKE_KEY}\nECHO_KEY=${FAKE_KEY_2}\n`);
});
afterAll(async () => {
  await good.close();
  echo.close();
});

async function run(...args: string[]) {
  const io = captureIo({}, dir);
  const code = await main(['probe', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const noKeys = (text: string) => {
  expect(text).not.toContain(FAKE_KEY);
  expect(text).not.toContain(FAKE_KEY_2);
};

describe('lc-doctor probe', () => {
  test('exit 1 when a model fails; keys never printed, even when the provider echoes them', async () => {
    for (const format of ['stylish', 'json']) {
      const { code, out, err } = await run('--format', format, '--verbose', '--list-models');
      expect(code).toBe(1);
      noKeys(out + err);
      expect(out).toContain('ms-0000...0042');
    }
  });

  test('stylish: verdict, fix and model-list near miss, judged against the chosen version', async () => {
    const { code, out } = await run('vLLM', '--librechat-version', '0.7.9', '--list-models');
    expect(code).toBe(1);
    expect(out).toContain('reasoning: reasoning -> NOT shown in LibreChat 0.7.9');
    expect(out).toContain('upgrade to LibreChat v0.8.7+ (customParams.reasoningKey');
    expect(out).toContain("did you mean `Qwen/Qwen3-8B`?");
  });

  test('the stream line says where the token usage came, in words, in both languages', async () => {
    expect((await run('vLLM', '--verbose')).out).toMatch(/usage \d+ prompt \+ \d+ completion in its own chunk · finish stop/);
    expect((await run('vLLM', '--verbose', '--lang', 'zh-CN')).out).toMatch(/用量：输入 \d+ \+ 输出 \d+，在单独的分块里 · 结束原因：stop/);
  });

  test('json: schemaVersion, totals, and exit 0 when every probed model works', async () => {
    const { code, out } = await run('vLLM', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ schemaVersion: 1, librechatVersion: expect.stringMatching(/^0\.8\.8/), totals: { probed: 1, working: 1, failing: 0 } });
    expect(report.results[0]).toMatchObject({ endpoint: 'vLLM', display: 'shown', observation: { channel: 'reasoning' } });
  });

  test('the version comes from the manifest: a plain release number is accepted, nonsense is a usage error', async () => {
    expect((await run('vLLM', '--librechat-version', '0.8.7', '--json')).out).toContain('"librechatVersion": "0.8.7"');
    const bad = await run('vLLM', '--librechat-version', 'latest');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("'latest' is not a LibreChat version like 0.8.2");
  });

  test('in CI (CI set, no TTY): one plain progress line per probe on stderr, no control characters', async () => {
    const io = captureIo({ CI: 'true' }, dir);
    const code = await main(['probe', 'vLLM'], io);
    expect(code).toBe(0);
    expect(io.err()).toMatch(/^probe 1\/1: vLLM\/Qwen\/Qwen3-8B ok \(\d+ ms\)\n$/);
    expect(io.out()).toContain('vLLM Qwen/Qwen3-8B');
  });

  test('no TTY outside CI (pipes): no progress on stderr, only the report on stdout', async () => {
    const { out, err } = await run('vLLM');
    expect(err).toBe('');
    expect(out).toContain('vLLM Qwen/Qwen3-8B');
  });

  test('on a TTY: a live progress line on stderr, cleared before the report', async () => {
    const io = { ...captureIo({}, dir), isTTY: true };
    const code = await main(['probe', 'vLLM'], io);
    expect(code).toBe(0);
    expect(io.err()).toContain('probing 1/1 done');
    expect(io.err()).not.toContain('\u001b');
    expect(io.err().endsWith('\r')).toBe(true);
  });

  test('exit 2 when nothing could be probed (user_provided only)', async () => {
    const { code, out } = await run('PerUser');
    expect(code).toBe(2);
    expect(out).toContain('PerUser: apiKey is user_provided: pass --key-stdin');
  });

  test('exit 2 with a hint for an unknown endpoint name', async () => {
    const { code, err } = await run('Nope');
    expect(code).toBe(2);
    expect(err).toContain('no endpoint named Nope');
    expect(err).toContain('hint: endpoints in this config: vLLM, Echo');
  });

  test('exit 2 with a reason, not an empty report, when the config has no endpoint to probe', async () => {
    for (const yaml of ['version: 1.2.8\nendpoints:\n  agents:\n    disableBuilder: false\n', 'just a string\n']) {
      const empty = mkdtempSync(join(tmpdir(), 'lc-doctor-probe-empty-'));
      writeFileSync(join(empty, 'librechat.yaml'), yaml);
      writeFileSync(join(empty, '.env'), '');
      const io = captureIo({}, empty);
      const code = await main(['probe'], io);
      expect(code).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toContain('nothing to probe: librechat.yaml has no endpoints.custom entries and OPENAI_API_KEY is not set');
      expect(io.err()).toContain('hint: add an endpoint under endpoints.custom');
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('a YAML syntax error names the file actually read (CONFIG_PATH)', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'lc-doctor-probe-broken-'));
    writeFileSync(join(broken, 'prod.yaml'), 'endpoints:\n  custom:\n    - name: [unclosed\n');
    const io = captureIo({ CONFIG_PATH: 'prod.yaml' }, broken);
    expect(await main(['probe'], io)).toBe(2);
    expect(io.err()).toContain('prod.yaml has YAML syntax errors');
    rmSync(broken, { recursive: true, force: true });
  });

  test('--model with an id the config does not list yet: probed as asked, not silently skipped', async () => {
    const { code, out } = await run('vLLM', '--model', 'meta-llama/Llama-3.1-8B-Instruct', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.totals).toMatchObject({ probed: 1, working: 1 });
    expect(report.results[0]).toMatchObject({ endpoint: 'vLLM', model: 'meta-llama/Llama-3.1-8B-Instruct', ok: true });
  });

  test('CONFIG_PATH in .env chooses the config, as LibreChat and check-models read it', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'lc-doctor-probe-config-path-'));
    writeFileSync(join(elsewhere, 'prod.yaml'), ['version: 1.3.17', 'endpoints:', '  custom:', '    - name: FromEnvPath', '      apiKey: "${VLLM_KEY}"', `      baseURL: "${good.url}"`, '      models:', '        default: ["Qwen/Qwen3-8B"]', ''].join('\n'));
    writeFileSync(join(elsewhere, '.env'), `CONFIG_PATH=prod.yaml\nVLLM_KEY=${FAKE_KEY}\n`);
    const io = captureIo({}, elsewhere);
    expect(await main(['probe', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).results[0]).toMatchObject({ endpoint: 'FromEnvPath', ok: true });
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test('exit 2 for a missing config file', async () => {
    const { code, err } = await run('--config', 'missing.yaml');
    expect(code).toBe(2);
    expect(err).toMatch(/missing\.yaml/);
  });
});
