import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../src/env/interpolate.js';

const require = createRequire(import.meta.url);
const librechat = require('ldp-0.8.524') as { extractEnvVariable: (value: string) => string };

/** Values users write in librechat.yaml, odd ones included. */
const cases = [
  '${DEEPSEEK_API_KEY}',
  '  ${DEEPSEEK_API_KEY}  ',
  'https://${HOST}/v1',
  '${A}${B}',
  '${ A }',
  '$A',
  '${A:-fallback}',
  '${EMPTY}',
  '${MISSING}',
  'prefix-${A}-${MISSING}-${B}',
  '${JWT_SECRET}',
  'Bearer ${CREDS_KEY}',
  'user_provided',
  'plain text',
];

describe('interpolate mirrors LibreChat extractEnvVariable', () => {
  const env = { DEEPSEEK_API_KEY: 'sk-test-fake-0001', HOST: 'api.example.test', A: 'alpha', B: 'beta', EMPTY: '', JWT_SECRET: 'jwt', CREDS_KEY: 'creds' };

  it.each(cases)('resolves %j exactly as the real package does', (value) => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      delete process.env.MISSING;
      expect(interpolate(value, env).value).toBe(librechat.extractEnvVariable(value));
    } finally {
      process.env = saved;
    }
  });

  it('reports which references stayed literal and why a user would care', () => {
    const result = interpolate('prefix-${A}-${MISSING}-${JWT_SECRET}', env);
    expect(result.references).toEqual(['A', 'MISSING', 'JWT_SECRET']);
    expect(result.unresolved).toEqual(['MISSING', 'JWT_SECRET']);
  });

  it('treats ${A}${B} as one unknown name, the way LibreChat does', () => {
    expect(interpolate('${A}${B}', env)).toMatchObject({ value: '${A}${B}', references: ['A}${B'], unresolved: ['A}${B'] });
  });
});

describe('reference helpers share the parser', () => {
  it('hasReference follows LibreChat: ${A}${B} refers (to one odd name), $A and ${} do not', async () => {
    const { hasReference, removeReferences } = await import('../../src/env/interpolate.js');
    expect(hasReference('${STRAT}')).toBe(true);
    expect(hasReference('${A}${B}')).toBe(true);
    expect(hasReference('https://${HOST}/v1')).toBe(true);
    expect(hasReference('$STRAT')).toBe(false);
    expect(hasReference('${}')).toBe(false);
    expect(removeReferences('https://${HOST}:$PORT/v1')).toBe('https://:$PORT/v1');
  });
});
