import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectProbeTargets } from '../../src/probe/targets.js';
import { runCli } from '../helpers/run-cli.js';

const defaultLayout = resolve(import.meta.dirname, '../fixtures/compose/default');

describe("method one's OPENAI_API_KEY=${MODELSCOPE_API_KEY}: validate, check-models and probe agree", () => {
  it('probe uses the key as LibreChat gets it: never expanded by lc-doctor', () => {
    const literal = collectProbeTargets(undefined, { OPENAI_API_KEY: '${MODELSCOPE_API_KEY}', MODELSCOPE_API_KEY: 'ms-1' });
    expect(literal.targets[0]).toMatchObject({ name: 'openAI', apiKey: '${MODELSCOPE_API_KEY}' });
  });

  it('under npm run backend all three say it does not work; under Compose none complains', async () => {
    const run = (args: string[]) => runCli(args, { cwd: defaultLayout });
    const node = ['--runtime', 'node', '--json'];
    const validate = JSON.parse((await run(['validate', ...node])).stdout) as { diagnostics: { ruleId: string }[] };
    expect(validate.diagnostics.map((d) => d.ruleId)).toContain('env-file-reference');
    const models = JSON.parse((await run(['check-models', '--no-cache-check', ...node])).stdout) as { checks: { code: string; status: string }[] };
    expect(models.checks).toContainEqual(expect.objectContaining({ code: 'env-literal-reference', status: 'warn' }));

    const composeValidate = JSON.parse((await run(['validate', '--json'])).stdout) as { diagnostics: { ruleId: string }[] };
    expect(composeValidate.diagnostics.map((d) => d.ruleId)).not.toContain('env-file-reference');
    const composeModels = JSON.parse((await run(['check-models', '--no-cache-check', '--json'])).stdout) as { checks: { code: string }[] };
    expect(composeModels.checks.map((c) => c.code)).not.toContain('env-literal-reference');
  });

  it('doctor says it once, naming both commands, and which runtime it assumed', async () => {
    const result = await runCli(['doctor', defaultLayout, '--runtime', 'node', '--json'], { cwd: join(defaultLayout, '..') });
    const report = JSON.parse(result.stdout) as { runtime: { kind: string; reason: string }; findings: { fact: string; reportedBy: string[]; severity: string }[] };
    expect(report.runtime).toMatchObject({ kind: 'node', reason: 'option' });
    const literal = report.findings.filter((f) => f.fact === 'env-literal-reference:OPENAI_API_KEY');
    expect(literal).toEqual([expect.objectContaining({ severity: 'error', reportedBy: ['validate', 'check-models'] })]);
    expect(result.code).toBe(1);
  });
});
