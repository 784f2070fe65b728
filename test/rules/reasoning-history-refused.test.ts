import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { reasoningHistoryRefused } from '../../src/rules/reasoning-history-refused.js';
import { lint } from '../helpers/rule-context.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * `includeReasoningHistory: true` toward a provider whose preset says it answers 400 to replayed
 * reasoning: validate and check-models warn from that one fact, and their fix makes the second
 * turn work against the mock that plays the same preset.
 */

const entry = (name: string, baseURL: string, customParams: string, models = '["DeepSeek-R1"]') =>
  `version: "1.3.17"\nendpoints:\n  custom:\n    - name: "${name}"\n      apiKey: "\${CORESHUB_API_KEY}"\n      baseURL: "${baseURL}"\n      models:\n        default: ${models}\n        fetch: false\n      customParams:\n${customParams}`;
const env = 'CORESHUB_API_KEY=sk-test-fake-0123456789abcdef\n';
const history = '        includeReasoningHistory: true\n';

const findings = (yaml: string, version?: string, extraEnv = '') => lint({ yaml, env: env + extraEnv, ...(version ? { version } : {}) }, [reasoningHistoryRefused]);

describe('reasoning-history-refused in validate', () => {
  it('warns at includeReasoningHistory for CoresHub, found by host, by a resolved ${VAR}, by name or by models', () => {
    const byHost = findings(entry('Reasoner', 'https://openapi.coreshub.cn/v1', history));
    expect(byHost).toEqual([expect.objectContaining({ severity: 'warn', pointer: '/endpoints/custom/0/customParams/includeReasoningHistory', range: expect.objectContaining({ line: 11 }) })]);
    expect(byHost[0]!.message).toContain('CoresHub answers 400 to reasoning_content');
    expect(findings(entry('Reasoner', '${CH_URL}', history), undefined, 'CH_URL=https://openapi.coreshub.cn/v1\n')).toHaveLength(1);
    expect(findings(entry('coreshub', 'http://127.0.0.1:9/v1', history))).toHaveLength(1);
    expect(findings(entry('Relay', 'http://127.0.0.1:9/v1', history, '["DeepSeek-R1", "QwQ-32B"]'))).toHaveLength(1);
  });

  it('is silent where the provider accepts the replay, the option is off, or the line has no such option', () => {
    expect(findings(entry('deepseek', 'https://api.deepseek.com', history, '["deepseek-v4-flash"]'))).toEqual([]);
    expect(findings(entry('CoresHub', 'https://openapi.coreshub.cn/v1', '        includeReasoningHistory: false\n'))).toEqual([]);
    // v0.8.7 has the options (its config.ts and agents/initialize.ts); v0.8.6 refuses them in its schema.
    expect(findings(entry('CoresHub', 'https://openapi.coreshub.cn/v1', history), '0.8.6')).toEqual([]);
    expect(findings(entry('CoresHub', 'https://openapi.coreshub.cn/v1', history), '0.8.7')).toHaveLength(1);
  });
});

describe('includeReasoningContent alone (reasoning replayed between tool calls)', () => {
  const content = '        includeReasoningContent: true\n';

  it("warns at that option toward CoresHub: an agent's step after a tool call fails, not every second message", async () => {
    const [finding] = findings(entry('CoresHub', 'https://openapi.coreshub.cn/v1', content));
    expect(finding).toMatchObject({ severity: 'warn', pointer: '/endpoints/custom/0/customParams/includeReasoningContent', params: { option: 'includeReasoningContent' } });
    expect(finding!.message).toBe(
      "'CoresHub' sends its reasoning back between an agent's tool calls (includeReasoningContent: true) and CoresHub answers 400 to reasoning_content in the messages it is sent: an agent that calls a tool fails at its next step",
    );
  });

  it('is silent toward a provider that takes the replay (DeepSeek asks for it after tool calls)', () => {
    expect(findings(entry('deepseek', 'https://api.deepseek.com', content, '["deepseek-v4-flash"]'))).toEqual([]);
  });
});

describe('the same fact in check-models, doctor and probe, and the fix', () => {
  let coreshub: MockProvider;
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    coreshub = await startMockProvider({ profile: 'coreshub' });
    dir = await makeTempDir('lc-doctor-replay-');
  });
  afterAll(async () => {
    await coreshub.close();
    await dir.remove();
  });

  const write = async (yaml: string) => {
    await dir.write('librechat.yaml', yaml);
    await dir.write('.env', env);
  };
  const checkModels = async () => JSON.parse((await runCli(['check-models', '--no-cache-check', '--json'], { cwd: dir.path })).stdout) as { checks: { code: string; status: string; pointer?: string; fix?: { text: string } }[] };
  const secondTurn = async () => {
    const probe = JSON.parse((await runCli(['probe', '--turns', '2', '--json'], { cwd: dir.path })).stdout) as { results: { verdicts: { code: string }[] }[] };
    return probe.results.flatMap((r) => r.verdicts.map((v) => v.code));
  };

  it('check-models warns at the same pointer; doctor shows one finding from both; probe --turns 2 gets the 400', async () => {
    await write(entry('coreshub', coreshub.url, `        includeReasoningContent: true\n${history}`));
    const warning = (await checkModels()).checks.find((c) => c.code === 'reasoning-history-refused');
    expect(warning).toMatchObject({ status: 'warn', pointer: '/endpoints/custom/0/customParams/includeReasoningHistory' });
    const doctor = JSON.parse((await runCli(['doctor', '.', '--json'], { cwd: dir.path })).stdout) as { findings: { fact: string; reportedBy: string[] }[] };
    expect(doctor.findings.filter((f) => f.fact.startsWith('reasoning-history-refused'))).toEqual([expect.objectContaining({ reportedBy: ['validate', 'check-models'] })]);
    expect(await secondTurn()).toContain('second-turn-rejected');
  });

  it("validate --fix writes check-models' printed fix; then nothing warns and the second turn is accepted", async () => {
    await write(entry('coreshub', coreshub.url, `${history}        includeReasoningContent: true\n`));
    const printed = (await checkModels()).checks.find((c) => c.code === 'reasoning-history-refused')!.fix!.text;
    expect((await runCli(['validate', '--fix'], { cwd: dir.path })).code).toBe(0);
    const fixed = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
    expect(fixed).toContain(printed.split('\n').slice(1).map((line) => `      ${line}`).join('\n'));
    expect((await checkModels()).checks.map((c) => c.code)).not.toContain('reasoning-history-refused');
    expect(await secondTurn()).not.toContain('second-turn-rejected');
  });

  it('includeReasoningContent alone: check-models warns at it in both languages, and check-models --fix turns it off', async () => {
    await write(entry('coreshub', coreshub.url, '        includeReasoningContent: true\n'));
    expect((await checkModels()).checks.find((c) => c.code === 'reasoning-history-refused')).toMatchObject({ status: 'warn', pointer: '/endpoints/custom/0/customParams/includeReasoningContent' });
    const chinese = await runCli(['check-models', '--no-cache-check', '--fix', '--dry-run', '--lang', 'zh-CN'], { cwd: dir.path });
    expect(chinese.stdout).toContain('设置了 includeReasoningContent: true，会在智能体调用工具之间把推理内容发回给 CoresHub');
    expect(chinese.stdout).toContain('--fix 将更正 librechat.yaml 里的 1 个端点的推理回传设置（--dry-run：没有写入）');
    const fixed = await runCli(['check-models', '--no-cache-check', '--fix'], { cwd: dir.path });
    expect(fixed.stdout).toContain('--fix corrected the reasoning replay of 1 endpoint in librechat.yaml (previous versions kept as librechat.yaml.bak)');
    expect(fixed.stdout).toContain('✔ coreshub: customParams.includeReasoningContent: false');
    expect(await readFile(join(dir.path, 'librechat.yaml'), 'utf8')).toContain('      customParams:\n        includeReasoningContent: false\n');
    expect((await checkModels()).checks.map((c) => c.code)).not.toContain('reasoning-history-refused');
  });
});
