import { afterAll, describe, expect, it } from 'vitest';
import type { Problem, ProblemCode, Problems } from '../../src/core/problems.js';
import { wordProblem } from '../../src/report/errors/index.js';
import { LANGUAGE_TAGS, useLanguage } from '../../src/report/i18n/index.js';
import { findEnglishSentences } from '../helpers/english-sentences.js';

/**
 * One realistic set of parameters per failure code. The type makes this the registry: a new code
 * in `src/core/problems.ts` does not compile here until it has a sample, so it is worded below.
 */
const SAMPLES: { [C in ProblemCode]: Problems[C] } = {
  'file.directory': { kind: 'config', file: 'conf' },
  'file.not-regular': { kind: 'env', file: '.env', type: 'fifo' },
  'file.missing': { kind: 'config', file: 'librechat.yaml' },
  'file.unreadable': { kind: 'env', file: '.env' },
  'file.read-failed': { kind: 'compose', file: 'docker-compose.yml', reason: 'EIO: i/o error, read' },
  'file.too-large': { kind: 'config', file: 'librechat.yaml', megabytes: 6, limitMegabytes: 5 },
  'file.not-utf8': { kind: 'compose-env', file: 'prod.env', line: 3, offset: 41 },
  'config.too-deep': { file: 'librechat.yaml' },
  'config.mount-missing': { file: 'librechat.yaml' },
  'config.path-missing': { file: 'conf/librechat.yaml', origin: '.env' },
  'config.default-missing': { file: 'librechat.yaml' },
  'doctor.folder': { folder: '/srv/librechat', kind: 'missing' },
  'config.fetch-status': { url: 'https://example.com/librechat.yaml', status: 404 },
  'config.fetch-failed': { url: 'https://example.com/librechat.yaml', reason: 'fetch failed' },
  'config.remote-too-large': { url: 'https://example.com/librechat.yaml', limitMegabytes: 5 },
  'config.remote-not-local': { url: 'https://example.com/librechat.yaml', command: 'probe' },
  'config.yaml-errors': { file: 'librechat.yaml' },
  'compose.invalid-yaml': { file: 'docker-compose.yml', reason: 'Nested mappings are not allowed in compact mappings at line 3' },
  'write.dangling-link': { file: 'librechat.yaml' },
  'write.not-regular': { file: '.env', type: 'device' },
  'write.failed': { file: '.env', cause: 'disk-full' },
  'write.locked': { lock: 'librechat.yaml.lock' },
  'check-models.files-changed': {},
  'option.language': { value: 'fr', known: ['en', 'zh-CN'] },
  'option.dry-run-without-fix': { command: 'validate' },
  'option.rule-syntax': { value: 'hardcoded-secret' },
  'option.rule-unknown': { id: 'endpoint-dupe-name', closest: 'endpoint-duplicate-name', known: ['endpoint-duplicate-name'] },
  'option.librechat-version': { value: 'latest', parsed: false, known: ['0.8.5', '0.8.8'] },
  'option.runtime-no-librechat': { files: ['docker-compose.yml'] },
  'option.runtime-no-compose': { folder: 'chat' },
  'option.no-confirmation': { command: 'clear-models-cache' },
  'add-endpoint.invalid-yaml': { file: 'librechat.yaml', line: 4, finding: { code: 'yaml-syntax.too-deep', params: {} } },
  'add-endpoint.schema-errors': { file: 'librechat.yaml', count: 2, finding: { code: 'yaml-syntax.too-deep', params: {} } },
  'add-endpoint.facts-missing': {},
  'add-endpoint.replace-needs-models': {},
  'add-endpoint.models-listed': { entry: 'Bailian', existing: ['qwen-plus'], models: ['qwen-max'] },
  'add-endpoint.needs-name': { preset: 'vllm' },
  'add-endpoint.reserved-name': { name: 'OpenAI', builtIn: 'openAI' },
  'add-endpoint.env-name': { name: 'MY-KEY' },
  'add-endpoint.base-url': { url: 'vllm:8000' },
  'add-endpoint.base-url-credentials': {},
  'add-endpoint.needs-base-url': { preset: 'vllm' },
  'add-endpoint.needs-models': { preset: 'vllm' },
  'add-endpoint.fullwidth': { option: '--models', char: '，', position: 7, value: 'gpt-4o，qwen-max', fixed: 'gpt-4o,qwen-max' },
  'add-endpoint.yaml-unparsable': {},
  'add-endpoint.root-not-map': {},
  'add-endpoint.endpoints-not-map': {},
  'add-endpoint.endpoints-flow': {},
  'add-endpoint.custom-not-list': {},
  'add-endpoint.entry-is-alias': {},
  'add-endpoint.entry-uses-aliases': { name: 'Bailian' },
  'provider.unknown': { input: 'dashscop', known: ['dashscope', 'deepseek'] },
  'provider.unknown-region': { preset: 'dashscope', region: 'eu', known: ['cn', 'intl'] },
  'probe.key-for-many': { endpoints: ['Bailian', 'DeepSeek'] },
  'probe.key-empty': {},
  'probe.unknown-endpoint': { wanted: ['Qwen'], known: ['Bailian'] },
  'probe.nothing': { file: 'librechat.yaml' },
  'check-models.unknown-endpoint': { name: 'bailian', known: ['openAI', 'Bailian'] },
  'redis.not-configured': {},
  'redis.uri-missing': {},
  'redis.prefix-conflict': {},
  'redis.uri-not-url': { uri: 'redis//cache:6379' },
  'redis.uri-bad-escape': { uri: 'redis://****@cache:6379' },
  'redis.auth': { where: 'redis://cache:6379', reason: 'WRONGPASS invalid username-password pair' },
  'redis.tls': { where: 'rediss://cache:6380', reason: 'self-signed certificate' },
  'redis.connect': { where: 'redis://127.0.0.1:1', reason: 'connect ECONNREFUSED 127.0.0.1:1' },
  'edit.unverified': { command: 'check-models --fix', file: 'librechat.yaml' },
  'add-endpoint.generated-invalid': { librechatVersion: '0.8.8', finding: { code: 'schema.type', params: { path: 'endpoints.custom[2].models.default', types: ['array'], values: [], actual: { kind: 'string', text: 'qwen-plus' } } } },
  'redis.no-answer': { where: 'redis://127.0.0.1:6380', ms: 4000 },
  'redis.network-only': { service: 'redis', network: 'chat_default', rerun: { toolRoot: '/opt/lc-doctor', args: ['clear-models-cache', '--dry-run'] } },
  'mongo.uri': { reason: 'Invalid scheme' },
  'mongo.connect': { reason: 'connect ECONNREFUSED 127.0.0.1:27017' },
  'cache.inspect-failed': { reason: 'Command timed out' },
  'cache.fault': { phase: 'redis-delete', reason: 'Connection is closed.' },
  'mock.profile': { profile: 'dashscop', known: ['dashscope'] },
  'mock.fault': { fault: 'slow', known: ['latency', 'stall'] },
  'mock.latency-without-fault': { fault: 'stall' },
  'mock.port-in-use': { host: '127.0.0.1', port: 8080 },
  'mock.host': { host: '10.9.9.9' },
  'mock.port-denied': { port: 80 },
};

const PROBLEMS = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as Problem);

async function wordAll(language: (typeof LANGUAGE_TAGS)[number]) {
  await useLanguage(language);
  return new Map(PROBLEMS.map((problem) => [problem.code, wordProblem(problem)]));
}

describe('failure messages (src/core/problems.ts, worded in src/report/locales/<language>/problems.ts)', async () => {
  afterAll(() => useLanguage('en'));
  const byLanguage = Object.fromEntries(await Promise.all(LANGUAGE_TAGS.map(async (tag) => [tag, await wordAll(tag)] as const)));

  it.each(LANGUAGE_TAGS)('%s words every code as one line with a hint saying what to do', (tag) => {
    for (const [code, worded] of byLanguage[tag]!) {
      expect(worded.message.trim(), code).not.toBe('');
      expect(worded.message, code).not.toContain('\n');
      expect(worded.hint?.trim(), code).toBeTruthy();
      expect(worded.message + (worded.hint ?? ''), code).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });

  it('Chinese says every one in Chinese (no English sentence left), English in English', () => {
    for (const { code } of PROBLEMS) {
      const zh = byLanguage['zh-CN']!.get(code)!;
      const en = byLanguage.en!.get(code)!;
      expect(zh.message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.hint, code).toMatch(/[\u4e00-\u9fff]/);
      expect(findEnglishSentences(`${zh.message}\n${zh.hint}`), code).toEqual([]);
      expect(`${en.message}${en.hint}`, code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('identifiers stay verbatim in both languages: paths, options, variables, values', () => {
    // These parameters are choices each language words its own way; every other string is shown as it is.
    const worded = new Set(['kind', 'type', 'cause', 'command', 'phase', 'known', 'char']);
    for (const { code, params } of PROBLEMS) {
      const verbatim = Object.entries(params).flatMap(([key, value]) => (worded.has(key) ? [] : typeof value === 'string' ? [value] : Array.isArray(value) ? value : []));
      for (const tag of LANGUAGE_TAGS) {
        const worded = byLanguage[tag]!.get(code)!;
        for (const value of verbatim) expect(`${worded.message} ${worded.hint}`, `${tag} ${code}`).toContain(value);
      }
    }
  });
});
