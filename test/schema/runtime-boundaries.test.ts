import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchema, findUnknownKeys } from '../../src/schema/check-schema.js';
import { listTargets } from '../../src/schema/targets.js';
import { worded } from '../helpers/words.js';

const schemaSources = new URL('../../src/schema/', import.meta.url);

describe('checkSchema at run time', () => {
  it('uses only the committed schemas: no zod, no librechat-data-provider', () => {
    for (const name of readdirSync(schemaSources).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(new URL(name, schemaSources), 'utf8');
      expect(source, name).not.toMatch(/from ['"](zod|librechat-data-provider|ldp-[\d.]+|zod-to-json-schema)['"/]/);
    }
  });

  it('never throws and always explains, whatever the document holds', () => {
    const targets = listTargets();
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), (target, anything, endpoints) => {
        for (const value of [anything, { version: '1.3.17', endpoints }, { version: '1.3.17', endpoints: { custom: [endpoints] } }]) {
          const diagnostics = checkSchema(value, target, 'librechat.yaml').map(worded);
          for (const d of diagnostics) expect(d.message).toMatch(/^(`|unknown key|the file)/);
          findUnknownKeys(value, target);
        }
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('explains an empty document and a document that is a list', () => {
    const target = listTargets()[0]!;
    expect(checkSchema(undefined, target, 'x.yaml').map(worded).map((d) => d.message)).toEqual(['the file must be a map of keys, got nothing (the document is empty)']);
    expect(checkSchema(['a'], target, 'x.yaml').map(worded).map((d) => d.message)).toEqual(['the file must be a map of keys, got an array']);
  });
});
