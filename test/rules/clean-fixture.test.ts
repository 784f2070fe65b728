import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/rule-context.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/rules/${name}`, import.meta.url), 'utf8');

describe('a realistic, correct config and .env', () => {
  it('raises nothing but the OPENAI_MODELS info', () => {
    const diagnostics = lint({ yaml: fixture('clean.librechat.yaml'), env: fixture('clean.env') });
    expect(diagnostics.map((d) => `${d.ruleId}:${d.severity}`)).toEqual(['openai-models-override:info']);
  });
});
