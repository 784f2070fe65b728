import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check-schema.js';
import { listTargets } from '../../src/schema/targets.js';
import { loadConfigFixtures } from './fixtures.js';
import { libreChatIssues } from './librechat-verdict.js';
import { mutateConfig, type Mutation } from './mutate-config.js';
import { worded } from '../helpers/words.js';

const validConfigs = loadConfigFixtures().filter((f) => f.kind === 'valid');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), style: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), replacement: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), key: fc.nat(), replacement: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat() }),
);

describe('mutated valid configs: schema verdict still equals LibreChat safeParse()', () => {
  for (const target of listTargets()) {
    it(`LibreChat ${target.id}`, () => {
      fc.assert(
        fc.property(fc.nat({ max: validConfigs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
          const value = mutations.reduce((v, m) => mutateConfig(v, m), validConfigs[index]!.value);
          const ours = checkSchema(value, target, 'mutated.yaml').map(worded);
          const theirs = libreChatIssues(target, value);
          expect({ rejected: ours.length > 0, ours: ours.map((d) => `${d.pointer}: ${d.message}`), theirs }).toMatchObject({ rejected: theirs.length > 0 });
        }),
        { numRuns: 200, seed: 20261121 },
      );
    });
  }
});
