import { describe, expect, it } from 'vitest';
import { familyForVersion } from '../../src/cache/families.js';
import { UsageError } from '../../src/core/errors.js';
import { cacheFamilyOf, LIBRECHAT_LINES, listLineIds, lookUpVersion, resolveLibreChatVersion, SCHEMA_IDS } from '../../src/librechat/index.js';
import { rulesFor } from '../../src/models/version-rules.js';
import { reasoningRulesFor } from '../../src/probe/librechat-display.js';
import { chooseTarget, listTargets } from '../../src/schema/targets.js';
import { wordProblem } from '../../src/report/errors/index.js';
// The generator keeps its own package list; this file holds it to the registry.
import { TARGETS } from '../../scripts/generate-schemas.mjs';

const EXPECTED_LINES = ['0.7.5', '0.7.6', '0.7.7', '0.7.8', '0.7.9', '0.8.0', '0.8.1', '0.8.2', '0.8.3', '0.8.4', '0.8.5', '0.8.6', '0.8.7', '0.8.8'];

describe('the registry of LibreChat lines', () => {
  it('models every line from v0.7.5 to v0.8.8, oldest first', () => {
    expect(listLineIds()).toEqual(EXPECTED_LINES);
  });

  it('reads one grammar: 0.8.2, v0.8.2 and 0.8.8-rc4', () => {
    expect(lookUpVersion('0.8.2')?.line.id).toBe('0.8.2');
    expect(lookUpVersion('v0.8.2')?.version.text).toBe('0.8.2');
    expect(lookUpVersion('0.8.8-rc4')).toMatchObject({ line: { id: '0.8.8' }, version: { text: '0.8.8-rc4', rc: 4 } });
    expect(lookUpVersion(' V0.7.9-RC1 ')?.version.text).toBe('0.7.9-rc1');
  });

  it.each(['latest', '0.8', '0.8.2.1', '0.8.2-dev', '0.6.0', '0.9.0', '0.8.9', ''])('refuses %j with the list of lines', (input) => {
    const error = captureUsageError(() => resolveLibreChatVersion(input));
    expect(error.problem).toMatchObject({ code: 'option.librechat-version', params: { known: EXPECTED_LINES } });
  });

  it('judges every line with a generated schema, and each generated schema belongs to the registry', () => {
    const manifestIds = listTargets().map((t) => t.id);
    expect(new Set(manifestIds)).toEqual(new Set(SCHEMA_IDS));
    expect(new Set(TARGETS.map((t) => t.id))).toEqual(new Set(SCHEMA_IDS));
    for (const line of LIBRECHAT_LINES) expect(manifestIds).toContain(line.schema);
  });

  it('takes config versions and release names from the generated packages where a line has one', () => {
    for (const target of listTargets()) {
      const line = LIBRECHAT_LINES.find((l) => l.id === target.id)!;
      expect(line.configVersion).toBe(target.configVersion);
      expect(line.basis).toBe(target.librechatVersion);
    }
  });

  it("says customParams is absent exactly where the judging schema has none, and gives reasoningKey only to lines whose schema has it", () => {
    for (const line of LIBRECHAT_LINES) {
      const facts = listTargets().find((t) => t.id === line.schema)!.facts;
      expect(line.customParams === 'absent', line.id).toBe(facts.customParamsKeys.length === 0);
      if (line.reasoning.reasoningKeyOption) expect(facts.customParamsKeys, line.id).toContain('reasoningKey');
      if (line.reasoning.reasoningHistoryOption) expect(facts.customParamsKeys, line.id).toContain('includeReasoningHistory');
    }
  });

  it('has no reasoning UI before v0.7.7 and moves to the agents client at v0.8.0', () => {
    expect(LIBRECHAT_LINES.filter((l) => !l.reasoning.ui).map((l) => l.id)).toEqual(['0.7.5', '0.7.6']);
    expect(LIBRECHAT_LINES.filter((l) => l.reasoning.client === 'legacy').map((l) => l.id)).toEqual(['0.7.5', '0.7.6', '0.7.7', '0.7.8', '0.7.9']);
  });

  it('gives v0.7.9 release candidates the v0.7.8 cache code', () => {
    expect(cacheFamilyOf(resolveLibreChatVersion('0.7.9-rc1'))).toBe('0.7.8');
    expect(cacheFamilyOf(resolveLibreChatVersion('0.7.9'))).toBe('0.7.9');
  });

  it('every consumer accepts every line and reports the same version', () => {
    for (const id of EXPECTED_LINES) {
      expect(chooseTarget(id, undefined).target.librechatVersion).toBe(id);
      expect(reasoningRulesFor(id).version).toBe(id);
      expect(familyForVersion(id).id).toBe(lookUpVersion(id)!.line.cacheFamily);
      expect(rulesFor(id)).toBe(lookUpVersion(id)!.line.models);
    }
  });

  it('every consumer refuses the same unknown version', () => {
    for (const run of [() => chooseTarget('0.6.0', undefined), () => familyForVersion('0.6.0')]) {
      expect(wordProblem(captureUsageError(run).problem).message).toBe('LibreChat 0.6.0 is not a line lc-doctor models');
    }
  });
});

function captureUsageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('docs/librechat-versions.md', () => {
  it('has a table row per line with the schema and cache family the registry gives it', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../docs/librechat-versions.md', import.meta.url), 'utf8');
    for (const line of LIBRECHAT_LINES) {
      const row = doc.split('\n').find((text) => text.startsWith(`| ${line.id} |`));
      expect(row, line.id).toBeDefined();
      const cells = row!.split('|').map((cell) => cell.trim());
      expect(cells[4], line.id).toBe(line.schema);
      expect(cells[5], line.id).toContain(line.cacheFamily);
    }
  });
});
