import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEnvSchema, listEnabledFlags } from '../../src/env/check-env-schema.js';

describe('checkEnvSchema (schemas/env.schema.json)', () => {
  it('accepts a realistic production .env', () => {
    expect(
      checkEnvSchema({
        MONGO_URI: 'mongodb+srv://user:pass@cluster0.example.net/LibreChat?retryWrites=true',
        REDIS_URI: 'rediss://cache-1:6380, rediss://cache-2:6380',
        OPENAI_REVERSE_PROXY: 'user_provided',
        PROXY: 'http://proxy.internal:3128',
        PORT: '3080',
        SESSION_EXPIRY: '1000 * 60 * 15',
        CREDS_KEY: 'a'.repeat(64),
        CREDS_IV: 'b'.repeat(32),
        CONFIG_BYPASS_VALIDATION: 'false',
        UNKNOWN_VARIABLE: 'anything',
      }),
    ).toEqual([]);
  });

  it.each([
    ['MONGO_URI', 'localhost:27017/LibreChat', { problem: 'format' }],
    ['REDIS_URI', 'redis-host:6379', { problem: 'format' }],
    ['OPENAI_REVERSE_PROXY', 'api.example.com/v1', { problem: 'format' }],
    ['PORT', '70000', { problem: 'format' }],
    ['CREDS_IV', 'c'.repeat(31), { problem: 'format' }],
    ['CONFIG_BYPASS_VALIDATION', 'TRUE', { problem: 'enum', allowed: ['true', 'false'] }],
    ['JWT_SECRET', '', { problem: 'empty' }],
  ])('reports %s=%s with a hint and without the value', (key, value, problem) => {
    const issues = checkEnvSchema({ [key]: value });
    expect(issues).toEqual([{ key, ...problem, hint: { id: expect.any(String), text: expect.any(String) } }]);
    if (value.length > 3) expect(JSON.stringify(issues)).not.toContain(value);
  });

  it('lists the isEnabled flags used by env-boolean-format', () => {
    expect(listEnabledFlags()).toEqual(expect.arrayContaining(['USE_REDIS', 'ALLOW_REGISTRATION', 'DEBUG_LOGGING']));
    expect(listEnabledFlags()).not.toContain('PORT');
  });
});

describe('schemas/env.validate.cjs', () => {
  it('is generated from the committed env.schema.json (not stale)', () => {
    const result = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/generate-env-validator.mjs', import.meta.url)), '--check'], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
