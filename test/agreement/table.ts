import { LIBRECHAT_LINES, type LibreChatLine } from '../../src/librechat/index.js';
import { PROFILES, type MockProvider } from '../../src/mock-provider/index.js';
import type { FamilyId } from '../../src/cache/families.js';
import { AGGREGATE_LIST_FAMILIES } from '../setup/seed-librechat.js';
import type { Command } from './readers.js';
import { FACTS } from './readers.js';

/**
 * The agreement table (issue 9 part 5): deployments as data. Each row is one deployment on disk
 * and one fact about it; the driver runs the row's commands on the same files for each listed
 * LibreChat line and requires every command that speaks to state the fact alike, and, where the
 * registry decides it, as the registry's line says.
 */

/** The real servers rows point at (started once by the driver). */
export interface Servers {
  /** mock-provider playing DeepSeek. */
  deepseek: MockProvider;
  /** mock-provider playing vLLM 2026+, which streams thinking in `reasoning` only. */
  vllm: MockProvider;
  /** mock-provider playing CoresHub, which refuses replayed reasoning as its preset says. */
  coreshub: MockProvider;
  /** Replays a stream whose `<think>` tag is split across two chunks. */
  splitThink: { url: string };
  /** Replays the same stream with the tag whole in one chunk. */
  wholeThink: { url: string };
  redisUri: string;
}

export interface Row {
  name: string;
  fact: keyof typeof FACTS;
  lines: readonly string[];
  /** The commands run, each with its own extra arguments (`--librechat-version <line> --json` is added). */
  commands: Partial<Record<Command, readonly string[]>>;
  files: (servers: Servers) => { yaml: string; env: string };
  /** Process environment the commands see (never the test runner's). */
  environment?: (servers: Servers) => Record<string, string>;
  /** What LibreChat does on the line, read from the registry; absent: the commands must only agree. */
  expected?: (line: LibreChatLine) => string;
  /** A cache family whose stale model list LibreChat's own keyv code writes to Redis first. */
  seedCache?: FamilyId;
}

const SPREAD = ['0.7.5', '0.7.7', '0.7.9', '0.8.0', '0.8.2', '0.8.5', '0.8.7', '0.8.8'] as const;
const KEY = 'sk-test-fake-0123456789abcdef';
const deepseekModel = PROFILES.deepseek.models[0]!;

const custom = (name: string, baseURL: string, keyName: string, extra = '') =>
  `version: "1.3.17"\nendpoints:\n  custom:\n    - name: "${name}"\n      ${keyName}: "\${RELAY_KEY}"\n      baseURL: "${baseURL}"\n      models:\n        default: ["m1"]\n        fetch: false\n${extra}`;
const relayEnv = `RELAY_KEY=${KEY}\n`;

const everyCommand = { validate: [], 'check-models': ['--no-cache-check'], probe: [], doctor: [] } as const;
const staleCache = (family: FamilyId, line: string): Row => ({
  name: `stale model list of the ${family} cache family`,
  fact: 'cache-stale',
  lines: [line],
  commands: { 'check-models': [], 'check-models --why': ['--why', 'llama-3.1-8b-instant'], doctor: [] },
  files: () => ({ yaml: groqEntry, env: `USE_REDIS=true\nGROQ_API_KEY=gsk_test_fake_00000000000\n` }),
  environment: (s) => ({ REDIS_URI: s.redisUri, FORCED_IN_MEMORY_CACHE_NAMESPACES: '' }),
  expected: () => 'problem',
  seedCache: family,
});
const groqEntry = 'version: "1.2.1"\nendpoints:\n  custom:\n    - name: "groq"\n      apiKey: "${GROQ_API_KEY}"\n      baseURL: "http://127.0.0.1:9/v1"\n      models:\n        default: ["llama-3.3-70b", "llama-3.1-8b-instant"]\n';


const EVERY_LINE = LIBRECHAT_LINES.map((line) => line.id);
const VLLM_MODEL = 'Qwen/Qwen3-8B';
const shows = (line: LibreChatLine): boolean => line.reasoning.ui;

/** What the Thoughts block shows for one model's stream, as probe and check-models --probe judge it. */
function displayRow(name: string, url: (s: Servers) => string, lines: readonly string[], expected: (line: LibreChatLine) => string, model = 'm1', endpoint = 'Relay'): Row {
  return {
    name,
    fact: 'reasoning-display',
    lines,
    commands: { probe: [], 'check-models': ['--no-cache-check', '--probe'] },
    files: (s) => ({ yaml: custom(endpoint, url(s), 'apiKey').replace('"m1"', JSON.stringify(model)), env: relayEnv }),
    expected,
  };
}

export const TABLE: readonly Row[] = [
  {
    name: 'seed method two: a custom endpoint listing models its provider serves',
    fact: 'models-work',
    lines: SPREAD,
    commands: everyCommand,
    files: (s) => ({ yaml: custom('DeepSeek', s.deepseek.url, 'apiKey').replace('"m1"', `"${deepseekModel}"`), env: relayEnv }),
    expected: () => 'fine',
  },
  {
    name: 'seed method one: OPENAI_REVERSE_PROXY with OPENAI_MODELS',
    fact: 'models-work',
    lines: SPREAD,
    commands: everyCommand,
    files: (s) => ({ yaml: 'version: "1.3.17"\n', env: `OPENAI_API_KEY=${KEY}\nOPENAI_REVERSE_PROXY=${s.deepseek.url}\nOPENAI_MODELS=${deepseekModel}\n` }),
    expected: () => 'fine',
  },
  {
    name: 'seed method one with an id the proxy does not serve',
    fact: 'model-served',
    lines: SPREAD,
    commands: { 'check-models': ['--no-cache-check'], 'check-models --why': ['--no-cache-check', '--why', 'deepseek-chat-v9'], probe: [], doctor: [] },
    files: (s) => ({ yaml: 'version: "1.3.17"\n', env: `OPENAI_API_KEY=${KEY}\nOPENAI_REVERSE_PROXY=${s.deepseek.url}\nOPENAI_MODELS=deepseek-chat-v9\n` }),
    expected: () => 'problem',
  },
  {
    name: 'a custom endpoint dropped at load (apikey: for apiKey:)',
    fact: 'entry-dropped',
    lines: SPREAD,
    commands: everyCommand,
    files: (s) => ({ yaml: custom('Relay', s.deepseek.url, 'apikey'), env: relayEnv }),
    expected: () => 'problem',
  },
  {
    name: 'OPENROUTER_API_KEY in .env',
    fact: 'openrouter-takeover',
    lines: SPREAD,
    commands: { validate: [], 'check-models': ['--no-cache-check'], doctor: [] },
    files: () => ({ yaml: 'version: "1.3.17"\n', env: 'OPENROUTER_API_KEY=sk-or-test-fake-000000\nOPENAI_API_KEY=user_provided\n' }),
    expected: (line) => (line.openRouterApiKey === 'openai-chat-to-openrouter' ? 'problem' : 'fine'),
  },
  ...AGGREGATE_LIST_FAMILIES.map(([family, line]) => staleCache(family, line)),
  ...AGGREGATE_LIST_FAMILIES.map(([family, line]): Row => ({
    ...staleCache(family, line),
    name: `model lists LibreChat ${line} cached in Redis (${family}), as clear-models-cache plans them`,
    fact: 'cache-holds-lists',
    commands: { 'check-models': [], 'clear-models-cache': ['--dry-run', '--skip-mongo'] },
    expected: () => 'cached',
  })),
  {
    name: 'an empty Redis: nothing cached, nothing stale, nothing to clear',
    fact: 'cache-holds-lists',
    lines: ['0.7.7', '0.8.2', '0.8.4'],
    commands: { 'check-models': [], 'clear-models-cache': ['--dry-run', '--skip-mongo'] },
    files: () => ({ yaml: groqEntry, env: 'USE_REDIS=true\nGROQ_API_KEY=gsk_test_fake_00000000000\n' }),
    environment: (s) => ({ REDIS_URI: s.redisUri, FORCED_IN_MEMORY_CACHE_NAMESPACES: '' }),
    expected: () => 'empty',
  },
  displayRow('a <think> tag split across two chunks', (s) => s.splitThink.url, SPREAD, () => 'plain-text'),
  // Before the reasoning UI (0.7.5, 0.7.6) the tags stay in the answer as text.
  displayRow('the same <think> tag whole in one chunk', (s) => s.wholeThink.url, SPREAD, (line) => (line.reasoning.ui ? 'shown' : 'plain-text')),
  // The lines differ here: with `reasoning_content` absent, the field shows where the line copies it (0.8.0+) or reads every field.
  displayRow('thinking in `reasoning` only (vLLM 2026+)', (s) => s.vllm.url, EVERY_LINE, (line) => (shows(line) && (line.reasoning.reasoningCopy !== 'never' || line.reasoning.readsEveryReasoningField) ? 'shown' : 'not-shown'), VLLM_MODEL),
  // ... and on every line with the UI for an endpoint LibreChat detects as OpenRouter by its name.
  displayRow('thinking in `reasoning` only, from an endpoint named OpenRouter', (s) => s.vllm.url, EVERY_LINE, (line) => (shows(line) ? 'shown' : 'not-shown'), VLLM_MODEL, 'OpenRouter'),
  {
    name: 'includeReasoningHistory toward CoresHub, which refuses replayed reasoning',
    fact: 'replay-refused',
    lines: ['0.7.9', '0.8.5', '0.8.7', '0.8.8'],
    commands: { ...everyCommand, probe: ['--turns', '2'] },
    files: (s) => ({ yaml: custom('coreshub', s.coreshub.url, 'apiKey', '      customParams:\n        includeReasoningHistory: true\n').replace('"m1"', '"DeepSeek-R1"'), env: relayEnv }),
    expected: (line) => (line.reasoning.reasoningHistoryOption ? 'problem' : 'fine'),
  },
];
