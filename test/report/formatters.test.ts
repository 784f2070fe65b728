import { describe, expect, it } from 'vitest';
import type { ValidateReport } from '../../src/validate/report.js';
import { validateFormatters } from '../../src/report/validate/index.js';

const report: ValidateReport = {
  librechat: { loads: false, starts: false, config: 'ignored', droppedEndpoints: [], decidedBy: [{ ruleId: 'schema', file: 'librechat.yaml', line: 1, pointer: '/version' }] },
  target: { id: '0.8.8', librechatVersion: '0.8.8', schemaRelease: 'v0.8.8-rc4', configVersion: '1.3.17', packageSpec: 'librechat-data-provider@0.8.524', reason: 'newest' },
  files: { config: 'librechat.yaml', env: '.env' },
  runtime: { kind: 'node', reason: 'no-compose-file', envIsExample: false },
  diagnostics: [
    {
      ruleId: 'unknown-key',
      severity: 'warn',
      // A real finding whose words need escaping in every format: backticks, '?', ':' and ','.
      code: 'unknown-key',
      params: { key: 'apikey', parent: 'endpoints.custom[0]', suggestion: 'apiKey', allowedKeys: ['apiKey'], misplacedDefault: false },
      file: 'librechat.yaml',
      pointer: '/endpoints/custom/0/apikey',
      range: { line: 5, column: 7, endLine: 5, endColumn: 13 },
    },
    {
      ruleId: 'schema',
      severity: 'error',
      // The yaml library's own text can hold line breaks and XML-special characters.
      code: 'yaml-syntax',
      params: { yamlCode: 'BAD_SCALAR', detail: 'line one 100%\nline <two> & "three"' },
      file: 'librechat.yaml',
      pointer: '/version',
      range: { line: 1, column: 10, endLine: 1, endColumn: 14 },
    },
  ],
  totals: { errors: 1, warnings: 1, infos: 0 },
  sources: { 'librechat.yaml': 'version: 1.2\nendpoints:\n  custom:\n    - name: x\n      apikey: y\n' },
  rules: [{ id: 'unknown-key', description: 'Unknown keys LibreChat drops silently', defaultSeverity: 'warn' }],
};

describe('validate formatters', () => {
  it('stylish shows file:line:col, a code frame with a caret, the hint and a summary', () => {
    const out = validateFormatters.stylish(report, { color: false });
    expect(out).toContain('librechat.yaml');
    expect(out).toMatch(/5:7 +warning +unknown key `apikey`/);
    expect(out).toContain('> 5 |       apikey: y');
    expect(out).toContain('line one 100% line <two>');
    expect(out).toMatch(/ \| {7}\^{6}\n/);
    expect(out).toContain('hint: did you mean `apiKey`? Rename the key.');
    expect(out).toContain('2 problems (1 error, 1 warning, 0 infos)');
    expect(out).not.toContain('\u001b[');
  });

  it('stylish colours only when asked', () => {
    expect(validateFormatters.stylish(report, { color: true })).toContain('\u001b[31m');
  });

  it('json is versioned with totals and flat locations', () => {
    const parsed = JSON.parse(validateFormatters.json(report, { color: false }));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.totals).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(parsed.diagnostics[0]).toMatchObject({ file: 'librechat.yaml', line: 5, column: 7, ruleId: 'unknown-key', severity: 'warn' });
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'target', 'files', 'runtime', 'librechat', 'totals', 'diagnostics']);
    expect(parsed.librechat).toEqual(report.librechat);
  });

  it('github escapes data and properties per the workflow command rules', () => {
    const out = validateFormatters.github(report, { color: false });
    expect(out).toContain(
      '::warning file=librechat.yaml,line=5,col=7,endLine=5,endColumn=13,title=lc-doctor(unknown-key)::unknown key `apikey` in `endpoints.custom[0]`: LibreChat ignores it (did you mean `apiKey`?)%0Adid you mean `apiKey`? Rename the key.',
    );
    expect(out).toContain('::error file=librechat.yaml,line=1,col=10');
    expect(out).toContain('line one 100%25%0Aline <two>');
  });

  it('sarif 2.1.0 lists rules with help URIs and results with regions', () => {
    const sarif = JSON.parse(validateFormatters.sarif(report, { color: false }));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['schema', 'unknown-key']);
    expect(run.tool.driver.rules[1].helpUri).toMatch(/docs\/rules\/unknown-key\.md$/);
    expect(run.results[0]).toMatchObject({ ruleId: 'unknown-key', ruleIndex: 1, level: 'warning' });
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 7, endLine: 5, endColumn: 13 });
  });

  it('junit escapes XML and reports one failure per problem', () => {
    const out = validateFormatters.junit(report, { color: false });
    expect(out).toContain('<testsuites name="lc-doctor" failures="2">');
    expect(out).toContain('line &lt;two&gt; &amp; &quot;three&quot;');
    expect(out).toContain('<testsuite name=".env" tests="1" failures="0"');
  });
});
