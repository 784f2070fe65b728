import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * The seed guide's method one: the built-in OpenAI endpoint pointed at a provider with
 * OPENAI_REVERSE_PROXY, its list replaced by OPENAI_MODELS. LibreChat never checks those ids, so
 * check-models reads `${OPENAI_REVERSE_PROXY}/models` with the key LibreChat sends (a real mock
 * provider here) and reports the ids the provider does not serve, spelled the provider's way.
 */
const KEY = 'ms-test-fake-method-one-0000000001';
const SERVED = ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-32B'];
let provider: MockProvider;
let folder: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  provider = await startMockProvider({ profile: 'deepseek', apiKey: KEY, models: SERVED });
  folder = await makeTempDir('lc-doctor-method-one-');
});
afterAll(async () => {
  await provider?.close();
  await folder?.remove();
});

async function checkModels(env: string, args: string[] = [], compose?: string) {
  await folder.write('.env', env);
  if (compose) await folder.write('docker-compose.yml', compose);
  return runCli(['check-models', '--no-cache-check', ...args], { cwd: folder.path });
}

const methodOne = (models: string, key = KEY) => `OPENAI_REVERSE_PROXY=${provider.url}\nOPENAI_API_KEY=${key}\nOPENAI_MODELS=${models}\n`;
const modelsRequests = () => provider.requests.filter((r) => r.path === '/v1/models');

describe("method one: OPENAI_MODELS is checked against ${OPENAI_REVERSE_PROXY}/models", () => {
  it('ids the provider does not serve fail, with the provider\'s spelling as the .env fix (exit 1)', async () => {
    const before = modelsRequests().length;
    const run = await checkModels(methodOne('deepseek-ai/deepseek-v3.2-exp,Qwen/Qwen3-32B'), ['--runtime', 'node']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("fail  openAI · deepseek-ai/deepseek-v3.2-exp  'deepseek-ai/deepseek-v3.2-exp' shows in the list but the provider does not serve it");
    expect(run.stdout).toContain("the provider has 'deepseek-ai/DeepSeek-V3.2-Exp' (differs only in case)");
    expect(run.stdout).toContain('fix in .env: OPENAI_MODELS=deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-32B');
    expect(run.stdout).not.toContain('Qwen/Qwen3-32B  ');
    // The key went to the proxy, as LibreChat sends it, and is masked in the output.
    const sent = modelsRequests().slice(before);
    expect(sent.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`]);
    expect(run.stdout).not.toContain(KEY);
  });

  it('every id served: clean (exit 0)', async () => {
    const run = await checkModels(methodOne(SERVED.join(',')), ['--runtime', 'node']);
    expect(run.stdout).toContain('every configured model will show');
    expect(run.code).toBe(0);
  });

  it('--why for the provider\'s spelling replaces the wrong-case id instead of offering the current value', async () => {
    const run = await checkModels(methodOne('deepseek-ai/deepseek-v3.2-exp,Qwen/Qwen3-32B'), ['--runtime', 'node', '--why', 'deepseek-ai/DeepSeek-V3.2-Exp']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("'deepseek-ai/DeepSeek-V3.2-Exp' exists at the provider");
    expect(run.stdout).toContain('fix in .env: OPENAI_MODELS=deepseek-ai/DeepSeek-V3.2-Exp,Qwen/Qwen3-32B');
    expect(run.stdout).not.toContain('OPENAI_MODELS=deepseek-ai/deepseek-v3.2-exp,Qwen/Qwen3-32B');
    const listed = await checkModels(methodOne('deepseek-ai/deepseek-v3.2-exp,Qwen/Qwen3-32B'), ['--runtime', 'node', '--why', 'deepseek-ai/deepseek-v3.2-exp']);
    expect(listed.stdout).toContain("'deepseek-ai/deepseek-v3.2-exp' shows, but the provider's /models does not have it; the provider has 'deepseek-ai/DeepSeek-V3.2-Exp'");
    expect(listed.code).toBe(1);
  });

  it('under Compose OPENAI_API_KEY=${MODELSCOPE_API_KEY} is the key the proxy gets; under npm run backend the literal text is', async () => {
    const env = `MODELSCOPE_API_KEY=${KEY}\n${methodOne('deepseek-ai/deepseek-v3.2-exp', '${MODELSCOPE_API_KEY}')}`;
    const compose = 'services:\n  api:\n    image: ghcr.io/danny-avila/librechat-dev:latest\n    env_file:\n      - .env\n';
    const before = modelsRequests().length;
    const composed = await checkModels(env, [], compose);
    expect(composed.stdout).toContain("the provider has 'deepseek-ai/DeepSeek-V3.2-Exp'");
    expect(composed.code).toBe(1);
    const node = await checkModels(env, ['--runtime', 'node'], compose);
    expect(node.stdout).toContain('OPENAI_API_KEY is the literal text ${MODELSCOPE_API_KEY}');
    // The proxy refuses the literal text, so no id verdict is made from its answer.
    expect(node.stdout).not.toContain('does not serve it');
    expect(modelsRequests().slice(before).map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, 'Bearer ${MODELSCOPE_API_KEY}']);
    await rm(join(folder.path, 'docker-compose.yml'));
  });

  it('nothing is asked when chats do not go to the proxy: user_provided key, or 0.7.x with OPENROUTER_API_KEY', async () => {
    const before = modelsRequests().length;
    const perUser = await checkModels(methodOne('nope', 'user_provided'), ['--runtime', 'node']);
    expect(perUser.code).toBe(0);
    const openRouter = await checkModels(`${methodOne('nope')}OPENROUTER_API_KEY=sk-or-test-fake-000000001\n`, ['--runtime', 'node', '--librechat-version', '0.7.6']);
    expect(openRouter.stdout).not.toContain('does not serve it');
    expect(modelsRequests().length).toBe(before);
  });
});
