import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/rule-context.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/rules/${name}`, import.meta.url), 'utf8');

describe('a config and .env full of realistic mistakes', () => {
  const diagnostics = lint({ yaml: fixture('broken.librechat.yaml'), env: fixture('broken.env'), version: '0.8.8' });
  const found = diagnostics.map((d) => `${d.file}:${d.range?.line} ${d.ruleId} ${d.severity}`);

  it('reports each mistake once, at its line, in report order', () => {
    expect(found).toEqual([
      '.env:3 openai-models-format warn',
      '.env:3 openai-models-format warn',
      '.env:3 openai-models-override info',
      '.env:4 env-deprecated-variable info',
      '.env:5 endpoints-env-names warn',
      '.env:6 env-duplicate-key warn',
      '.env:7 redis-uri-missing error',
      '.env:8 forced-in-memory-namespaces error',
      '.env:9 env-example-secret error',
      '.env:10 env-example-secret error',
      '.env:11 env-schema error',
      'librechat.yaml:2 config-version info',
      'librechat.yaml:3 env-not-interpolated error',
      'librechat.yaml:7 openai-models-missing warn',
      'librechat.yaml:10 unknown-key error',
      'librechat.yaml:13 models-default-comma warn',
      'librechat.yaml:14 endpoint-reserved-name warn',
      'librechat.yaml:15 env-unsupported-syntax warn',
      'librechat.yaml:16 baseurl-chat-completions warn',
      'librechat.yaml:20 title-model-not-served info',
      'librechat.yaml:21 legacy-field warn',
      'librechat.yaml:22 endpoint-duplicate-name warn',
      'librechat.yaml:23 hardcoded-secret warn',
      'librechat.yaml:24 env-undefined-variable error',
    ]);
  });

  it('never prints the secrets it found', () => {
    const output = JSON.stringify(diagnostics);
    expect(output).not.toContain('sk-test-fake-0123456789abcdefghijklmn');
    expect(output).not.toContain('f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0');
  });
});
