import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckCode } from '../../src/models/checks.js';
import type { CheckModelsReport, LocatedCheck } from '../../src/models/report.js';
import type { StepCode } from '../../src/models/types.js';
import type { ModelStepCode, WhyVerdict } from '../../src/models/why.js';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import type { VerdictCode } from '../../src/probe/types.js';
import { pasteFix } from '../helpers/paste-fix.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { startRedis, type RedisServer } from '../setup/redis-servers.js';
import { seedModelCache } from '../setup/seed-librechat.js';

/**
 * Issue 13: every fix check-models prints is pasted, exactly as printed, into real files (or run,
 * when it is a command) the way an admin would, and the problem is gone: check-models runs again
 * against the same real mock providers and exits 0, and validate exits 0. The tables are keyed by
 * message code, so a new code does not typecheck until it has a paste case here or says why it
 * prints no fix; a "no fix" code that prints one fails at run time.
 */

const KEY = 'sk-test-fake-every-fix-000000000001';
type Mock = 'siliconflow' | 'dashscope' | 'deepseek';
const mocks = {} as Record<Mock, MockProvider>;
let redis: RedisServer;

beforeAll(async () => {
  mocks.siliconflow = await startMockProvider({ profile: 'siliconflow', apiKey: KEY, models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen3-8B'] });
  mocks.dashscope = await startMockProvider({ profile: 'dashscope', apiKey: KEY });
  mocks.deepseek = await startMockProvider({ profile: 'deepseek', apiKey: KEY });
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all([...Object.values(mocks).map((m) => m.close()), redis?.stop()]);
});

interface Scenario {
  title: string;
  /** librechat.yaml and .env as the admin has them; `url` is a running mock provider's base URL. */
  files: (url: (mock: Mock) => string) => { yaml?: string; env: string };
  /** check-models options beyond `--json`. */
  args?: string[];
  /** Where check-models reads the model cache (else `--no-cache-check`). */
  cache?: 'stale' | 'unreachable';
  /** The report line whose fix is pasted. */
  line: { endpoint?: string; model?: string };
  /** Typed by the admin into the pasted command (a key for --key-stdin, "y" at a prompt). */
  input?: string;
  /**
   * The fix is a command that does the check itself (probe --key-stdin, check-models without the
   * cache): its own run must be clean, and must not print this text.
   */
  commandRunsTheCheck?: RegExp;
}

/** One entry per code: the cases that paste its fix, or why it prints none. */
type Cases = Scenario[] | { noFix: string };

const entry = (name: string, fields: string[]) => [`    - name: "${name}"`, '      apiKey: "${TEST_KEY}"', ...fields.map((f) => `      ${f}`)];
const config = (...entries: string[][]) => ['version: "1.3.17"', 'endpoints:', '  custom:', ...entries.flat(), ''].join('\n');
const ENV = `TEST_KEY=${KEY}\n`;
const list = (ids: string[], fetch: boolean) => ['models:', `  default: [${ids.map((id) => JSON.stringify(id)).join(', ')}]`, `  fetch: ${fetch}`];

const CHECK_FIXES: Record<CheckCode, Cases> = {
  'reasoning-history-refused': { noFix: "pasted elsewhere: test/rules/reasoning-history-refused.test.ts checks validate --fix writes exactly the printed customParams, then the second turn is accepted" },
  'config-problem': { noFix: "validate's own finding: its fix is applied by validate --fix or pasted in pasted-hints.test.ts" },
  'endpoint-ok': { noFix: 'nothing is wrong' },
  'endpoint-fallback': [
    {
      title: 'a baseURL ending in /chat/completions: the API root',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}/chat/completions"`, ...list(['Qwen/Qwen3-8B'], true)])), env: ENV }),
      line: { endpoint: 'SF' },
    },
    {
      title: "a baseURL ending in '/' on 0.7 (it asks //models): the URL without it",
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}/"`, ...list(['Qwen/Qwen3-8B'], true)])).replace('1.3.17', '1.2.1'), env: ENV }),
      args: ['--librechat-version', '0.7.9'],
      line: { endpoint: 'SF' },
    },
    {
      title: "an endpoint named 'ollama…' on 0.7 (no /models after /api/tags fails): another name",
      files: (url) => ({ yaml: config(entry('Ollama-Local', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], true)])).replace('1.3.17', '1.2.1'), env: ENV }),
      args: ['--librechat-version', '0.7.9'],
      line: { endpoint: 'Ollama-Local' },
    },
  ],
  'endpoint-hidden': [
    {
      title: 'ENDPOINTS leaves a built-in out: the list with it',
      files: () => ({ env: 'ENDPOINTS=agents\nANTHROPIC_API_KEY=sk-ant-test-fake-000000000000\nANTHROPIC_MODELS=claude-sonnet-4-5\n' }),
      line: { endpoint: 'anthropic' },
    },
    {
      title: 'ENDPOINTS spells it in another case: the exact name',
      files: () => ({ env: 'ENDPOINTS=agents,Anthropic\nANTHROPIC_API_KEY=sk-ant-test-fake-000000000000\nANTHROPIC_MODELS=claude-sonnet-4-5\n' }),
      line: { endpoint: 'anthropic' },
    },
  ],
  'endpoint-not-enabled': [
    {
      title: 'ANTHROPIC_MODELS without a key: user_provided',
      files: () => ({ env: 'ANTHROPIC_MODELS=claude-sonnet-4-5\n' }),
      line: { endpoint: 'anthropic' },
    },
  ],
  'entry-dropped': [
    {
      title: "'apikey' for apiKey: validate --fix renames it",
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)])).replace('apiKey:', 'apikey:'), env: ENV }),
      line: { endpoint: 'SF' },
    },
  ],
  'entry-duplicate-name': { noFix: 'which entry to rename, and to what, is the admin’s choice' },
  'env-list-suspicious': [
    {
      title: 'ANTHROPIC_MODELS written as a JSON array: the plain comma list',
      files: () => ({ env: 'ANTHROPIC_API_KEY=sk-ant-test-fake-000000000000\nANTHROPIC_MODELS=["claude-sonnet-4-5", "claude-haiku-4-5"]\n' }),
      line: { endpoint: 'anthropic' },
    },
  ],
  'unresolved-variable': { noFix: 'the value is the admin’s secret; the sentence names the variable to set' },
  'env-literal-reference': { noFix: 'a fix would print the key; the sentence says which value to write where' },
  'user-provided-no-fetch': { noFix: 'how LibreChat behaves with user_provided, not a mistake' },
  'model-replaced-by-fetch': [
    {
      title: 'an id in another case under fetch: true: the provider’s spelling',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['deepseek-ai/DeepSeek-V3.2-exp'], true)])), env: ENV }),
      line: { endpoint: 'SF', model: 'deepseek-ai/DeepSeek-V3.2-exp' },
    },
  ],
  'model-not-at-provider': [
    {
      title: 'a swapped letter under fetch: false: the provider’s id',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B', 'deepseek-ai/DeepSeek-V3.2-Epx'], false)])), env: ENV }),
      line: { endpoint: 'SF', model: 'deepseek-ai/DeepSeek-V3.2-Epx' },
    },
    {
      title: "method one's OPENAI_MODELS with an id its reverse proxy spells otherwise: the OPENAI_MODELS line",
      files: (url) => ({ env: `OPENAI_API_KEY=${KEY}\nOPENAI_REVERSE_PROXY=${url('siliconflow')}\nOPENAI_MODELS=Qwen/Qwen3-8B,deepseek-ai/DeepSeek-V3.2-Epx\n` }),
      line: { endpoint: 'openAI', model: 'deepseek-ai/DeepSeek-V3.2-Epx' },
    },
  ],
  'model-id-punctuation': [
    {
      title: 'two ids joined by a full-width comma: the list of both',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B，deepseek-ai/DeepSeek-V3.2-Exp'], false)])), env: ENV }),
      line: { endpoint: 'SF', model: 'Qwen/Qwen3-8B，deepseek-ai/DeepSeek-V3.2-Exp' },
    },
  ],
  'legacy-openrouter-key': [
    {
      title: 'OPENROUTER_API_KEY on 0.7 takes the OpenAI endpoint over: the sed command renames it',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)])).replace('1.3.17', '1.2.1'), env: `${ENV}OPENROUTER_API_KEY=sk-or-v1-test-fake-0000000000000000\n` }),
      args: ['--librechat-version', '0.7.9'],
      line: {},
    },
  ],
  'cache-stale': [
    {
      title: 'a model list cached before the config changed: clear-models-cache, confirmed at its prompt',
      files: (url) => ({ yaml: config(entry('groq', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B', 'deepseek-ai/DeepSeek-V3.2-Exp'], false)])).replace('TEST_KEY', 'GROQ_API_KEY'), env: `GROQ_API_KEY=${KEY}\nFORCED_IN_MEMORY_CACHE_NAMESPACES=\n` }),
      args: ['--librechat-version', '0.8.4'],
      cache: 'stale',
      line: { endpoint: 'groq' },
      input: 'y\n',
    },
  ],
  'cache-fresh': { noFix: 'nothing is wrong' },
  'cache-in-memory': { noFix: 'where LibreChat keeps the cache; a restart applies changes' },
  'cache-unavailable': [
    {
      title: 'Redis does not answer: check the lists without the cache',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)])), env: ENV }),
      cache: 'unreachable',
      line: {},
      commandRunsTheCheck: /could not read the model cache/,
    },
  ],
  probe: [
    {
      title: 'Bailian qwen-plus without enable_thinking: the switch and the title entry it needs',
      files: (url) => ({ yaml: config(entry('qwen', [`baseURL: "${url('dashscope')}"`, ...list(['qwen-plus'], false), 'titleConvo: true', 'titleModel: "qwen-plus"'])), env: ENV }),
      args: ['--probe'],
      line: { endpoint: 'qwen', model: 'qwen-plus' },
    },
    {
      title: 'a baseURL without /v1: the one that answers',
      files: (url) => ({ yaml: config(entry('DS', [`baseURL: "${url('deepseek').replace(/\/v1$/, '')}"`, ...list(['deepseek-flash'], false)])), env: ENV }),
      args: ['--probe'],
      line: { endpoint: 'DS', model: 'deepseek-flash' },
    },
    {
      title: 'a user_provided key is not probed by check-models: probe --key-stdin, with the key typed',
      files: (url) => ({ yaml: config(entry('DS', [`baseURL: "${url('deepseek')}"`, ...list(['deepseek-flash'], false)])).replace('"${TEST_KEY}"', 'user_provided'), env: '' }),
      args: ['--probe'],
      line: { endpoint: 'DS' },
      input: `${KEY}\n`,
      commandRunsTheCheck: /not probed|user_provided/,
    },
  ],
};

/**
 * The probe's own findings, as check-models --probe and probe print them: pasted here through the
 * `probe` line above, or by the probe's tests (which paste the same fix data and probe again).
 */
const PROBE_FIXES: Record<VerdictCode, string> = {
  'thinking-off': 'here: Bailian qwen-plus without enable_thinking',
  'base-url-missing-v1': 'here: a baseURL without /v1',
  'title-model-thinks': 'test/probe/title-fixes.test.ts',
  'non-stream-thinking-rejected': 'test/probe/title-fixes.test.ts',
  'second-turn-rejected': 'test/probe/pasted-fixes.test.ts',
  ok: 'no fix: nothing is wrong',
  'reasoning-key-mismatch': 'no fix: lines before 0.8.8 have no reasoningKey (the hint says to upgrade); 0.8.8 reads every field',
  'both-keys-one-null': 'no fix: the server must stop sending an empty field; no LibreChat setting helps',
  'reasoning-details-only': 'no fix: lines before 0.8.8 read reasoning_details only for OpenRouter; the hint says so',
  'reasoning-without-role': 'no fix: a server bug; the hint says so',
  'think-tag-split': 'no fix: a server setting; the hint says so',
  'no-reasoning-ui': 'no fix: the line has no Thoughts block; the hint says to upgrade',
  'closing-tag-only': 'no fix: a server setting; the hint says so',
  'key-rejected': 'no fix: the key is the admin’s',
  'model-not-found': "no fix: check-models' model-not-at-provider line carries the id fix",
  'rate-limited': 'no fix: wait',
  'server-error': 'no fix: the provider’s',
  unreachable: 'no fix: the network’s',
  'stream-broken': 'no fix: the provider’s',
  'no-done': 'no fix: informational',
  'no-usage': 'no fix: informational',
  'request-rejected': 'no fix: the provider’s message says why',
};

interface WhyScenario extends Pick<Scenario, 'files' | 'args' | 'cache' | 'input'> {
  title: string;
  /** `--why` asks about this id. */
  model: string;
  /** The endpoint whose entry a YAML fix goes into (for an id no endpoint knows: the place whose edit is pasted). */
  endpoint?: string;
  /** After the paste, `--why` about this id says it shows (the id the fix put in the list). */
  shows: string;
  /** What `--why` says then, when not `shown`: an id no provider serves shows, and fails when chosen. */
  verdict?: WhyVerdict;
}

/** `check-models --why <model>` prints the fix of the step where the model drops out. */
const WHY_FIXES: Record<ModelStepCode, WhyScenario[] | { noFix: string }> = {
  'model-in-list': { noFix: 'the model shows' },
  'model-not-at-provider': [
    {
      title: 'shown but misspelt: the provider’s id in its place',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B', 'deepseek-ai/DeepSeek-V3.2-Epx'], false)])), env: ENV }),
      model: 'deepseek-ai/DeepSeek-V3.2-Epx',
      endpoint: 'SF',
      shows: 'deepseek-ai/DeepSeek-V3.2-Exp',
    },
  ],
  'model-replaced-by-fetch': [
    {
      title: 'in models.default, gone from the fetched list: the provider’s spelling',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['deepseek-ai/DeepSeek-V3.2-exp'], true)])), env: ENV }),
      model: 'deepseek-ai/DeepSeek-V3.2-exp',
      endpoint: 'SF',
      shows: 'deepseek-ai/DeepSeek-V3.2-Exp',
    },
  ],
  'model-only-at-provider': [
    {
      title: 'served but not listed: the list with it',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)])), env: ENV }),
      model: 'deepseek-ai/DeepSeek-V3.2-Exp',
      endpoint: 'SF',
      shows: 'deepseek-ai/DeepSeek-V3.2-Exp',
    },
  ],
  'model-cache-stale': [
    {
      title: 'in the config, not in the list LibreChat cached: clear-models-cache, confirmed at its prompt',
      files: (url) => ({ yaml: config(entry('groq', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B', 'deepseek-ai/DeepSeek-V3.2-Exp'], false)])).replace('TEST_KEY', 'GROQ_API_KEY'), env: `GROQ_API_KEY=${KEY}\nFORCED_IN_MEMORY_CACHE_NAMESPACES=\n` }),
      args: ['--librechat-version', '0.8.4'],
      cache: 'stale',
      input: 'y\n',
      model: 'deepseek-ai/DeepSeek-V3.2-Exp',
      shows: 'deepseek-ai/DeepSeek-V3.2-Exp',
    },
  ],
  'model-in-no-endpoint': [
    {
      title: 'an id no endpoint and no provider knows: the edit of one of the lists named for it',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)]), entry('DS', [`baseURL: "${url('deepseek')}"`, ...list(['deepseek-flash'], false)])), env: ENV }),
      model: 'my-finetune-v1',
      endpoint: 'SF',
      shows: 'my-finetune-v1',
      verdict: 'shown-not-served',
    },
  ],
  'model-not-listed': [
    {
      title: 'in no list, a near-miss at the provider: the list with the provider’s id',
      files: (url) => ({ yaml: config(entry('SF', [`baseURL: "${url('siliconflow')}"`, ...list(['Qwen/Qwen3-8B'], false)])), env: ENV }),
      model: 'deepseek-ai/DeepSeek-V3.2-Epx',
      endpoint: 'SF',
      shows: 'deepseek-ai/DeepSeek-V3.2-Exp',
    },
  ],
};

/**
 * The path's own steps print the fix their report line prints: the case above (by the start of
 * its title) that pastes it, or `no fix`.
 */
const STEP_FIXES: Record<StepCode, string> = {
  'entry-missing-field': "'apikey' for apiKey",
  'entry-duplicate-name': 'no fix',
  'endpoint-not-enabled': 'ANTHROPIC_MODELS without a key',
  'endpoint-enabled': 'no fix',
  'endpoints-allow-list': 'ENDPOINTS leaves a built-in out',
  'endpoints-allow-list-case': 'ENDPOINTS spells it in another case',
  'custom-always-shown': 'no fix',
  'env-list-replaces': 'no fix',
  'env-list-suspicious': 'ANTHROPIC_MODELS written as a JSON array',
  'yaml-list-wins': 'no fix',
  'user-provided-defaults': 'no fix',
  'user-provided-fetch-later': 'no fix',
  'fetch-disabled': 'no fix',
  'fetch-url': 'no fix',
  'fetch-ok': 'no fix',
  'fetch-failed': 'no fix',
  'fetch-empty': 'no fix',
  'fetch-chat-completions-url': 'a baseURL ending in /chat/completions',
  'fetch-trailing-slash': "a baseURL ending in '/' on 0.7",
  'ollama-tags': "an endpoint named 'ollama…' on 0.7",
  'openai-filter': 'no fix',
  'fallback-defaults': 'no fix',
  'default-list': 'no fix',
  'yaml-defaults': 'no fix',
  'unresolved-variable': 'no fix',
  'env-literal-reference': 'no fix',
};

async function deploymentFor(scenario: Scenario) {
  const dir = await makeTempDir('lc-doctor-every-fix-');
  const files = scenario.files((mock) => mocks[mock].url);
  if (files.yaml !== undefined) await dir.write('librechat.yaml', files.yaml);
  const cacheEnv = scenario.cache === 'stale' ? `REDIS_URI=${redis.uri()}\nUSE_REDIS=true\n` : scenario.cache === 'unreachable' ? 'REDIS_URI=redis://127.0.0.1:9\nUSE_REDIS=true\n' : '';
  await dir.write('.env', files.env + cacheEnv);
  if (scenario.cache === 'stale') await seedModelCache({ family: '0.8.3-0.8.4', uri: redis.uri(), forcedInMemory: [] });
  const checkModels = async (): Promise<{ code: number; report: CheckModelsReport }> => {
    const run = await runCli(['check-models', '--json', ...(scenario.cache ? [] : ['--no-cache-check']), ...(scenario.args ?? [])], { cwd: dir.path });
    return { code: run.code, report: JSON.parse(run.stdout) as CheckModelsReport };
  };
  return { dir, checkModels };
}

const matches = (check: LocatedCheck, code: string, line: Scenario['line']) =>
  check.code === code && (line.endpoint === undefined || check.endpoint === line.endpoint) && (line.model === undefined || check.model === line.model);

const pasteCases = Object.entries(CHECK_FIXES).flatMap(([code, cases]) => (Array.isArray(cases) ? cases.map((scenario) => ({ code, scenario })) : []));
const noFixCodes = new Set(Object.entries(CHECK_FIXES).flatMap(([code, cases]) => (Array.isArray(cases) ? [] : [code])));

describe('every fix check-models prints works when pasted', () => {
  it.each(pasteCases.map((c) => [`${c.code}: ${c.scenario.title}`, c] as const))('%s', async (_title, { code, scenario }) => {
    const { dir, checkModels } = await deploymentFor(scenario);
    try {
      const before = await checkModels();
      const line = before.report.checks.find((check) => matches(check, code, scenario.line) && check.fix);
      expect(line, `check-models prints ${code} with a fix: ${JSON.stringify(before.report.checks.map((c) => [c.code, c.endpoint, c.fix]))}`).toBeDefined();
      expect(line!.fix!.text, 'a fix with a placeholder cannot be pasted').not.toMatch(/<[^>]*>|\.\.\.|example|my-provider/);
      for (const check of before.report.checks) {
        if (noFixCodes.has(check.code)) expect(check.fix, `${check.code} is listed as printing no fix`).toBeUndefined();
        const verdict = check.code === 'probe' ? (PROBE_FIXES[check.args.verdict as VerdictCode] ?? '') : '';
        if (check.code === 'probe' && verdict.startsWith('no fix')) expect(check.fix, `probe ${String(check.args.verdict)} is listed as printing no fix`).toBeUndefined();
      }

      const pasted = await pasteFix(line!.fix!, { dir: dir.path, endpoint: line!.endpoint, input: scenario.input });
      if (scenario.commandRunsTheCheck) {
        expect({ code: pasted.code, output: pasted.output }).toEqual({ code: 0, output: expect.not.stringMatching(scenario.commandRunsTheCheck) as unknown });
        return;
      }
      const after = await checkModels();
      expect(after.report.checks.filter((check) => matches(check, code, scenario.line) && check.status !== 'ok'), pasted.output).toEqual([]);
      expect(after.report.checks.filter((check) => check.status !== 'ok')).toEqual([]);
      expect(after.code).toBe(0);
      const validate = await runCli(['validate'], { cwd: dir.path });
      expect(validate.code, validate.stdout).toBe(0);
    } finally {
      await dir.remove();
    }
  });

  it('the probe findings that carry a fix are pasted here or in the probe tests', async () => {
    const here = new Set((CHECK_FIXES.probe as Scenario[]).map((s) => `here: ${s.title.split(':')[0]}`));
    for (const [verdict, where] of Object.entries(PROBE_FIXES)) {
      if (where.startsWith('here: ')) expect(here, verdict).toContain(where);
      else if (!where.startsWith('no fix: ')) expect(await readFile(where, 'utf8').catch(() => ''), `${where} pastes ${verdict}'s fix`).toContain(`'${verdict}'`);
    }
  });

  it('every step of the --why path that prints a fix prints its report line’s, which is pasted above', () => {
    const titles = pasteCases.map((c) => c.scenario.title);
    for (const [step, title] of Object.entries(STEP_FIXES)) if (title !== 'no fix') expect(titles.filter((t) => t.startsWith(title)), step).toHaveLength(1);
  });
});

const whyCases = Object.entries(WHY_FIXES).flatMap(([code, cases]) => (Array.isArray(cases) ? cases.map((scenario) => ({ code, scenario })) : []));

describe('every fix check-models --why prints works when pasted', () => {
  it.each(whyCases.map((c) => [`${c.code}: ${c.scenario.title}`, c] as const))('%s', async (_title, { code, scenario }) => {
    const { dir } = await deploymentFor({ ...scenario, line: {} });
    const options = [...(scenario.cache ? [] : ['--no-cache-check']), ...(scenario.args ?? [])];
    const why = async (model: string) => JSON.parse((await runCli(['check-models', '--json', ...options, '--why', model], { cwd: dir.path })).stdout) as CheckModelsReport;
    try {
      const before = (await why(scenario.model)).why!;
      expect(before.steps.at(-1)?.code).toBe(code);
      const fix = before.fix ?? before.places?.find((place) => place.endpoint === scenario.endpoint)?.fix;
      expect(fix, JSON.stringify(before)).toBeDefined();
      expect(fix!.text, 'a fix with a placeholder cannot be pasted').not.toMatch(/<[^>]*>|\.\.\.|example|my-provider/);
      await pasteFix(fix!, { dir: dir.path, endpoint: scenario.endpoint, input: scenario.input });
      expect((await why(scenario.shows)).why!.verdict).toBe(scenario.verdict ?? 'shown');
      expect((await runCli(['validate'], { cwd: dir.path })).code).toBe(0);
    } finally {
      await dir.remove();
    }
  });
});
