import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/schema/check-schema.js';
import { chooseTarget, listTargets } from '../../src/schema/targets.js';
import { loadConfigFixtures } from './fixtures.js';
import { libreChatIssues } from './librechat-verdict.js';
import { worded } from '../helpers/words.js';

const fixtures = loadConfigFixtures();
const targets = listTargets();

describe('schema verdict equals configSchema.strict().safeParse() of the same LibreChat version', () => {
  it('has a fixture set of at least 60 configs, each starting with a one-line comment', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const fixture of fixtures) expect(fixture.text, fixture.name).toMatch(/^# \S.*\n(?!#)/);
  });

  for (const target of targets) {
    it.each(fixtures.map((f) => [f.name, f] as const))(`LibreChat ${target.id}: %s`, (_name, fixture) => {
      const ours = checkSchema(fixture.value, target, fixture.name).map(worded).map((d) => `${d.pointer}: ${d.message}`);
      const theirs = libreChatIssues(target, fixture.value);
      expect({ rejected: ours.length > 0, ours, theirs }).toMatchObject({ rejected: theirs.length > 0 });
    });
  }

  it.each(fixtures.map((f) => [f.name, f] as const))('%s is judged as its folder says by the line its version selects', (_name, fixture) => {
    const { target } = chooseTarget(undefined, (fixture.value as { version?: unknown }).version);
    const diagnostics = checkSchema(fixture.value, target, fixture.name).map(worded);
    expect(diagnostics.length > 0, `${target.id}: ${diagnostics.map((d) => d.message).join('; ')}`).toBe(fixture.kind === 'invalid');
  });

  it('has configs that 0.8.8 accepts and 0.7.7 rejects', () => {
    const [newest, oldest] = [targets[0]!, targets[targets.length - 1]!];
    const split = fixtures.filter((f) => libreChatIssues(newest, f.value).length === 0 && libreChatIssues(oldest, f.value).length > 0);
    expect(split.length).toBeGreaterThanOrEqual(3);
  });
});
