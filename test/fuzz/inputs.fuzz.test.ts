import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * Property-based fuzz of validate and add-endpoint over generated librechat.yaml and .env texts
 * (aliases, self-references, deep nesting, huge lines, control characters, multi-line quoted
 * values). Whatever the input: no "internal error", an exit code of 0, 1 or 2, and add-endpoint
 * either leaves both files byte-identical or keeps every variable .env held before.
 */

const KEYS = ['version', 'endpoints', 'custom', 'name', 'apiKey', 'baseURL', 'models', 'default', 'fetch', 'headers', 'titleModel', 'interface', 'cache'];
const CONTROL = ['\u0000', '\u0007', '\u001b[2J', '\u001b]0;x\u0007', '\u0085', '\u2028', '\r', '\t', '\ufeff'];

const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('${DEEPSEEK_API_KEY}', 'user_provided', 'https://api.example.com/v1', 'sk-fuzz-0000000000000000000000', '1.2.1', '1.3.17'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('tree'), { maxKeys: 5 }),
}));

/** A config-shaped document, so the generator reaches the endpoint code paths. */
const configLike = fc
  .record({ version: fc.constantFrom('1.2.1', '1.3.17', 1.2), endpoints: fc.record({ custom: fc.array(fc.dictionary(fc.constantFrom(...KEYS), tree, { maxKeys: 6 }), { maxLength: 3 }) }) })
  .map((value) => stringify(value));

const hostileYaml = fc.oneof(
  fc.constant('a: &a [*a]\n'),
  fc.constant('version: 1.2.1\nendpoints: &e\n  custom: *e\n'),
  fc.constant('version: 1.2.1\nendpoints:\n  custom:\n    - &x\n      name: x\n      models: { default: [*x] }\n'),
  fc.integer({ min: 50, max: 3000 }).map((depth) => `version: 1.2.1\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`),
  fc.integer({ min: 50, max: 500 }).map((depth) => `version: 1.2.1\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} v\n`),
  fc.integer({ min: 10_000, max: 400_000 }).map((length) => `version: 1.2.1\nlong: "${'x'.repeat(length)}"\n`),
  fc.constant('a: &a [x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n'),
);

/** Inserts control characters at generated positions. */
function sprinkle(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CONTROL)), { maxLength: 3 })).map(([base, inserts]) => {
    let out = base;
    for (const [at, what] of inserts) {
      const i = base.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, i) + what + out.slice(i);
    }
    return out;
  });
}

const yamlText = fc.oneof(sprinkle(configLike), hostileYaml, sprinkle(tree.map((value) => stringify(value))));

const envName = fc.constantFrom('DEEPSEEK_API_KEY', 'OPENAI_API_KEY', 'OPENAI_REVERSE_PROXY', 'OPENAI_MODELS', 'MONGO_URI', 'PRIVATE_KEY', 'A', 'export B');
const envValue = fc.oneof(
  fc.string({ maxLength: 12 }).filter((v) => !/[\r\n]/.test(v)),
  fc.constantFrom('"-----BEGIN-----\nDEEPSEEK_API_KEY=inside\n-----END-----"', "'single # not a comment'", '`back\ntick`', '"${OPENAI_API_KEY}"', 'x # comment', ''),
);
const envText = fc
  .tuple(fc.array(fc.tuple(envName, envValue), { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\ufeff' : '') + lines.map(([key, value]) => `${key}=${value}`).join(eol) + eol);

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  dir = await makeTempDir('lc-doctor-fuzz-');
});
afterAll(async () => {
  await dir?.remove();
});

async function setFiles(yaml: string | null, env: string | null): Promise<void> {
  for (const [name, text] of [['librechat.yaml', yaml], ['.env', env]] as const) {
    await rm(join(dir.path, name), { force: true });
    await rm(join(dir.path, `${name}.bak`), { force: true });
    if (text !== null) await writeFile(join(dir.path, name), text);
  }
}

function expectHandled(result: { code: number; stderr: string }): void {
  expect(result.stderr).not.toContain('internal error');
  expect([0, 1, 2]).toContain(result.code);
}

describe('fuzz', () => {
  it('validate handles any generated config and .env without an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, envText, async (yaml, env) => {
        await setFiles(yaml, env);
        expectHandled(await runCli(['validate', '-c', 'librechat.yaml', '--env', '.env'], { cwd: dir.path }));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('add-endpoint changes both files correctly or neither, and keeps every .env variable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(yamlText, { nil: null }), fc.option(envText, { nil: null }), fc.constantFrom('custom', 'openai'), async (yaml, env, method) => {
        await setFiles(yaml, env);
        const result = await runCli(['add-endpoint', 'deepseek', '--method', method, '--yes'], { cwd: dir.path });
        expectHandled(result);
        const envAfter = await readFile(join(dir.path, '.env'), 'utf8').catch(() => null);
        const yamlAfter = await readFile(join(dir.path, 'librechat.yaml'), 'utf8').catch(() => null);
        if (result.code !== 0) {
          expect(envAfter).toBe(env);
          expect(yamlAfter).toBe(yaml);
          return;
        }
        const before = parseDotenv((env ?? '').replace(/^\ufeff/, ''));
        const after = parseDotenv((envAfter ?? '').replace(/^\ufeff/, ''));
        for (const [key, value] of Object.entries(before)) {
          if (['OPENAI_REVERSE_PROXY', 'OPENAI_MODELS', 'OPENAI_API_KEY'].includes(key) && method === 'openai') continue;
          expect({ key, value: after[key] }).toEqual({ key, value });
        }
        if (env?.startsWith('\ufeff')) expect(envAfter?.startsWith('\ufeff')).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
