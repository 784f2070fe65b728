import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let base: string;
beforeAll(async () => {
  dir = await makeTempDir();
  base = await readFile(new URL('../fixtures/validate/clean.yaml', import.meta.url), 'utf8');
  await dir.write('.env', 'DEEPSEEK_API_KEY=sk-test-fake-1\n');
});
afterAll(() => dir.remove());

/** Edits that produce the broken files users really write: stray YAML syntax, lost lines, tabs. */
const yamlNoise = fc.constantFrom(':', '-', ' ', '  ', '\t', '"', "'", '&a', '*a', '[', ']', '{', '}', '\n', '#', '!!int', '%', '|', '>', '${', '\uFEFF', '\u0000', '1.2');
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: yamlNoise }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

type Edit = { kind: 'insert' | 'delete' | 'duplicate-line'; at: number; text?: string; length?: number };

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % out.length;
    if (e.kind === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.kind === 'delete') out = out.slice(0, at) + out.slice(at + (e.length ?? 1));
    else {
      const lines = out.split('\n');
      const i = lines.length === 0 ? 0 : e.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      out = lines.join('\n');
    }
  }
  return out;
}

describe('validate on mutated configs', () => {
  it('never crashes: every run ends with exit 0, 1 or 2 and no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        await dir.write('librechat.yaml', apply(base, edits));
        const result = await runCli(['validate', '--format', 'json'], { cwd: dir.path });
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toContain('internal error');
        if (result.code !== 2) expect(() => JSON.parse(result.stdout)).not.toThrow();
      }),
      { numRuns: 150, seed: 20261121 },
    );
  }, 120_000);
});
