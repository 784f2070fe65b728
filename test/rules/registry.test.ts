import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { allRules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run-rules.js';
import { lint, makeRuleContext } from '../helpers/rule-context.js';
import { LANGUAGES } from '../../src/report/i18n/languages.js';

const rulesDir = new URL('../../src/rules/', import.meta.url);
const docsDir = new URL('../../docs/rules/', import.meta.url);

describe('rule registry', () => {
  it('has unique kebab-case ids, sorted, each in a file named after it', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The registry sorts by code unit; for these ids that is also the collation order people see.
    expect([...ids].sort((a, b) => a.localeCompare(b))).toEqual(ids);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(readFileSync(new URL(`${id}.ts`, rulesDir), 'utf8')).toContain(`id: '${id}'`);
    }
  });

  it('registers every rule file in src/rules', () => {
    const helpers = new Set(['index', 'run-rules', 'types', 'support', 'fields']);
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).filter((f) => !helpers.has(f));
    expect(files.sort()).toEqual(allRules.map((rule) => rule.id));
  });

  it.each(allRules.map((rule) => [rule.id, rule] as const))('%s has a docs page, a one-line description and a severity', (id, rule) => {
    const page = new URL(`${id}.md`, docsDir);
    // unknown-key.md is written on the `schemas` branch; until it lands only its page is exempt.
    if (id === 'unknown-key' && !existsSync(page)) return;
    expect(existsSync(page), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.startsWith(`# ${id}`)).toBe(true);
    expect(text).toContain(`Default severity: \`${rule.defaultSeverity}\``);
    expect(text).toMatch(/## Bad/);
    expect(text).toMatch(/## Fix/);
    expect(rule.description).not.toContain('\n');
    expect(['error', 'warn', 'info']).toContain(rule.defaultSeverity);
  });
});

describe('runRules', () => {
  const input = {
    yaml: 'version: 1.2\nendpoints:\n  custom:\n    - name: "Groq"\n      apiKey: "${GROQ_KEY}"\n',
    env: 'USE_REDIS=yes\n',
  };

  it('fills file names, severities and env ranges', () => {
    const diagnostics = runRules(makeRuleContext(input), {});
    const version = diagnostics.find((d) => d.ruleId === 'config-version');
    expect(version).toMatchObject({ file: 'librechat.yaml', severity: 'error', pointer: '/version' });
    expect(version!.range).toBeUndefined();
    const boolean = diagnostics.find((d) => d.ruleId === 'env-boolean-format');
    expect(boolean).toMatchObject({ file: '.env', severity: 'warn', range: { line: 1, column: 1, endColumn: 10 } });
  });

  it('applies off and severity overrides to every finding of the rule', () => {
    const diagnostics = lint(input, undefined, { 'config-version': 'off', 'env-boolean-format': 'error' });
    expect(diagnostics.some((d) => d.ruleId === 'config-version')).toBe(false);
    expect(diagnostics.find((d) => d.ruleId === 'env-boolean-format')?.severity).toBe('error');
  });

  it('rejects an unknown rule id with a did-you-mean', () => {
    const run = () => runRules(makeRuleContext(input), { 'endpoint-dupe-name': 'off' });
    expect(run).toThrow(UsageError);
    try {
      run();
    } catch (error) {
      expect((error as UsageError).problem).toEqual({ code: 'option.rule-unknown', params: expect.objectContaining({ id: 'endpoint-dupe-name', closest: 'endpoint-duplicate-name' }) });
    }
  });
});

describe('docs/rules/README.md', () => {
  it('lists every rule with its default severity and its one-line description in English and Chinese', async () => {
    const index = readFileSync(new URL('README.md', docsDir), 'utf8');
    const { catalog } = await LANGUAGES['zh-CN'].load();
    for (const rule of allRules) {
      const chinese = catalog.validate.ruleDescriptions[rule.id];
      expect(chinese, `zh-CN description of ${rule.id}`).toMatch(/[\u4e00-\u9fff]/);
      const row = index.split('\n').find((line) => line.startsWith(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} |`));
      expect(row, rule.id).toBeDefined();
      expect(row!.endsWith(` | ${chinese} |`), rule.id).toBe(true);
    }
  });
});

describe('findings that are not registry rules', () => {
  it.each(['schema', 'yaml-syntax', 'config-remote', 'config-absent', 'compose-file', 'compose-config-not-mounted'])('%s has a docs page, so SARIF/stylish help links resolve', (id) => {
    const page = readFileSync(new URL(`${id}.md`, docsDir), 'utf8');
    expect(page.split('\n')[0]).toBe(`# ${id}`);
    expect(page).toMatch(/Default severity: `(error|warn|info)`/);
  });
});
