import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPlainYaml } from '../../src/config/fast-yaml.js';
import { parseYamlText, type LoadedYaml } from '../../src/config/load-yaml.js';
import { locatePointer } from '../../src/config/locate.js';
import { encodePointer } from '../../src/core/json-pointer.js';

/**
 * The fast load (js-yaml with `yaml`'s core schema) must say what the `yaml` Document says, or
 * step aside: same value, no document it takes that the Document finds an error in, and every
 * position it gives equal to the Document's. Checked on every YAML file in the repository's
 * fixtures and on generated documents.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const fixtures = [...yamlFiles(join(root, 'test/fixtures')), ...yamlFiles(join(root, 'bench/fixtures'))];

/** Every pointer of the document, with both targets, as the Document walks it. */
function pointersOf(text: string): string[] {
  const pointers: string[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    pointers.push(encodePointer(path));
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(parseDocument(text).contents, []);
  return pointers;
}

/** What the fast path answers, next to what the Document answers for the same question. */
function compare(text: string, label = 'generated'): { taken: boolean; placed: number } {
  const fast = loadPlainYaml(text);
  if (!fast) return { taken: false, placed: 0 };
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  expect({ label, errors: doc.errors }).toEqual({ label, errors: [] });
  expect({ label, value: fast.value }).toEqual({ label, value: doc.toJS() });
  const slow: LoadedYaml = { ...parseYamlText('x.yaml', text), positions: undefined };
  let placed = 0;
  for (const pointer of pointersOf(text)) {
    for (const target of ['value', 'key'] as const) {
      const range = fast.positions.rangeOf(pointer, target);
      if (!range) continue;
      placed++;
      expect({ label, pointer, target, range }).toEqual({ label, pointer, target, range: locatePointer(slow, pointer, target) });
    }
  }
  return { taken: true, placed };
}

describe('the fast YAML load', () => {
  it('agrees with the yaml Document on every fixture it takes, and takes most of them', () => {
    let taken = 0;
    let placed = 0;
    for (const file of fixtures) {
      const result = compare(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), relative(root, file));
      if (result.taken) taken++;
      placed += result.placed;
    }
    expect(taken).toBeGreaterThan(fixtures.length / 2);
    expect(placed).toBeGreaterThan(1000);
  });

  it('places what check-models and doctor point at (each endpoint entry) without the Document', () => {
    const text = readFileSync(join(root, 'bench/fixtures/librechat-400.yaml'), 'utf8');
    const fast = loadPlainYaml(text)!;
    const custom = (fast.value as { endpoints: { custom: unknown[] } }).endpoints.custom;
    expect(custom.length).toBeGreaterThan(10);
    for (const i of custom.keys()) expect(fast.positions.rangeOf(`/endpoints/custom/${i}`), `entry ${i}`).toBeDefined();
  });

  it('resolves plain scalars as the yaml core schema does, where js-yaml alone would not', () => {
    const text = 'a: 1_000\nb: -.5\nc: 0b11\nd: 0o17\ne: .NaN\nf: +12\ng: 1e3\nh: ~\ni: TRUE\nj: yes\n';
    expect(loadPlainYaml(text)?.value).toEqual(parseDocument(text).toJS());
    expect(loadPlainYaml(text)?.value).toMatchObject({ a: '1_000', b: -0.5, c: '0b11', d: 15, j: 'yes' });
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'base: {a: 1}\nderived:\n  <<: {a: 2}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: yes\n'],
    ['a null key', '~: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['an empty document', '# nothing\n'],
  ])('leaves %s to the Document', (_what, text) => {
    expect(loadPlainYaml(text)).toBeUndefined();
  });

  it('agrees with the Document on generated documents', () => {
    const scalar = fc.oneof(
      fc.constantFrom('1', '-2', '0x1F', '0o7', '1_0', '.5', '-.inf', 'null', '~', 'True', 'no', '', '2024-01-01', 'a b', 'x: y', '#c', "'q'", '"d"', '"e\\n"', "'it''s'"),
      fc.stringMatching(/^[a-z0-9 .:_#-]{0,8}$/),
    );
    const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/);
    const doc = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}:${v.includes('\n') ? '' : ' '}${indent(v)}`).join('\n')),
        fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => items.map((v) => `- ${indent(v).trimStart()}`).join('\n')),
        fc.array(scalar, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      ),
    })).node;
    let taken = 0;
    fc.assert(
      fc.property(doc, (text) => {
        if (compare(`${text}\n`).taken) taken++;
      }),
      { numRuns: 300 },
    );
    expect(taken).toBeGreaterThan(100);
  });
});

/** A nested block goes on the following lines, two spaces in. */
function indent(value: string): string {
  return value.includes('\n') || /^[a-z].*:/.test(value) || value.startsWith('- ') ? `\n${value.replace(/^/gm, '  ')}` : value;
}
