import { describe, expect, it } from 'vitest';
import { familyForVersion } from '../../src/cache/families.js';
import { UsageError } from '../../src/core/errors.js';
import { cacheFamilyOf, compareVersions, LIBRECHAT_LINES, listLineIds, lookUpVersion, resolveLibreChatVersion, SCHEMA_IDS } from '../../src/librechat/index.js';
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

  it('agrees with the generated packages on config versions, and reads each line from one of its own tags', () => {
    for (const target of listTargets()) expect(LIBRECHAT_LINES.find((l) => l.id === target.id)!.configVersion, target.id).toBe(target.configVersion);
    for (const line of LIBRECHAT_LINES) expect(line.basis, line.id).toMatch(new RegExp(`^v${line.id.replace(/\./g, '\\.')}(-rc\\d+)?$`));
  });

  it('gives every line a config version, never older than the line before it', () => {
    const versions = LIBRECHAT_LINES.map((line) => line.configVersion);
    expect(versions).toEqual(['1.1.7', '1.2.0', '1.2.1', '1.2.5', '1.2.8', '1.3.0', '1.3.1', '1.3.3', '1.3.6', '1.3.6', '1.3.9', '1.3.12', '1.3.13', '1.3.17']);
    for (let i = 1; i < versions.length; i++) expect(compareVersions(versions[i]!, versions[i - 1]!), LIBRECHAT_LINES[i]!.id).toBeGreaterThanOrEqual(0);
  });

  it('matches a config `version:` to the oldest line that ships it, or to the next line for a release candidate\'s', () => {
    const judged = (version: string) => chooseTarget(undefined, version).target.librechatVersion;
    expect(['1.1.7', '1.2.8', '1.3.0', '1.3.6', '1.3.12', '1.3.17'].map(judged)).toEqual(['0.7.5', '0.7.9', '0.8.0', '0.8.3', '0.8.6', '0.8.8']);
    // 1.3.10 and 1.3.11 were v0.8.6's release candidates, 1.3.14 v0.8.8-rc1.
    expect(['1.3.10', '1.3.14'].map(judged)).toEqual(['0.8.6', '0.8.8']);
    expect(chooseTarget(undefined, '1.3.6').target.configVersion).toBe('1.3.6');
  });

  it('says customParams is absent where the judging schema has none; only v0.7.9 has it without a schema of its own', () => {
    const withoutSchema: string[] = [];
    for (const line of LIBRECHAT_LINES) {
      const facts = listTargets().find((t) => t.id === line.schema)!.facts;
      if (line.customParams === 'absent') expect(facts.customParamsKeys, line.id).toEqual([]);
      else if (facts.customParamsKeys.length === 0) withoutSchema.push(line.id);
      if (line.reasoning.reasoningKeyOption) expect(facts.customParamsKeys, line.id).toContain('reasoningKey');
      if (line.reasoning.reasoningHistoryOption) expect(facts.customParamsKeys, line.id).toContain('includeReasoningHistory');
    }
    // customParams shipped in v0.7.9 (PR #7342); no v0.7.9 librechat-data-provider is on the registry to judge it.
    expect(withoutSchema).toEqual(['0.7.9']);
  });

  it('has no reasoning UI before v0.7.7 and moves to the agents client at v0.7.9 (PR #8013)', () => {
    expect(LIBRECHAT_LINES.filter((l) => !l.reasoning.ui).map((l) => l.id)).toEqual(['0.7.5', '0.7.6']);
    expect(LIBRECHAT_LINES.filter((l) => l.reasoning.client === 'legacy').map((l) => l.id)).toEqual(['0.7.5', '0.7.6', '0.7.7', '0.7.8']);
  });

  it('gives release candidates what they still did differently from the final release', () => {
    expect(cacheFamilyOf(resolveLibreChatVersion('0.7.9-rc1'))).toBe('0.7.8');
    expect(cacheFamilyOf(resolveLibreChatVersion('0.7.9'))).toBe('0.7.9');
    expect(resolveLibreChatVersion('0.7.9-rc1').line.title.titleEndpoint).toBe(false);
    expect(resolveLibreChatVersion('0.7.9').line.title.titleEndpoint).toBe(true);
    expect(cacheFamilyOf(resolveLibreChatVersion('0.7.7-rc1'))).toBe('0.7.5-0.7.6');
    expect(resolveLibreChatVersion('0.7.7-rc1').line.openRouterApiKey).toBe('openai-chat-to-openrouter');
    expect(resolveLibreChatVersion('0.7.7').line.openRouterApiKey).toBe('ignored');
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
