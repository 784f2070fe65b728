import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
let dir: Awaited<ReturnType<typeof makeTempDir>>;
let broken: string;

/** The override layout with three mistakes: an unset ${VAR}, an entry LibreChat drops, a literal key. */
beforeAll(async () => {
  dir = await makeTempDir();
  broken = join(dir.path, 'broken');
  await cp(join(layouts, 'override'), broken, { recursive: true });
  await writeFile(
    join(broken, 'librechat.yaml'),
    `version: 1.3.17
endpoints:
  custom:
    - name: "relay"
      apiKey: "\${RELAY_API_KEY}"
      baseURL: "https://relay.example.test/v1"
      models:
        default: ["gpt-4o"]
    - name: "nourl"
      apiKey: "\${DEEPSEEK_API_KEY}"
      models:
        default: ["deepseek-chat"]
`,
  );
});
afterAll(() => dir.remove());

interface Finding {
  fact: string;
  message: string;
  severity: string;
  reportedBy: string[];
}

async function runAll(folder: string) {
  const run = async (args: string[]) => runCli(args, { cwd: folder });
  const validate = await run(['validate', '--json']);
  const models = await run(['check-models', '--json']);
  const doctor = await run(['doctor', '--json']);
  return {
    validate: { code: validate.code, diagnostics: (JSON.parse(validate.stdout) as { diagnostics: { message: string; severity: string }[] }).diagnostics },
    models: { code: models.code, checks: (JSON.parse(models.stdout) as { checks: { code: string; status: string }[] }).checks.filter((c) => c.status !== 'ok') },
    doctor: { code: doctor.code, report: JSON.parse(doctor.stdout) as { findings: Finding[]; exitCode: number } },
  };
}

describe('doctor = the union of the single commands, one finding per cause', () => {
  it.each(['default', 'deploy', 'override', 'external-redis', 'broken'])('%s', async (name) => {
    const folder = name === 'broken' ? broken : join(layouts, name);
    const { validate, models, doctor } = await runAll(folder);
    const findings = doctor.report.findings;
    // Nothing said twice.
    expect(new Set(findings.map((f) => f.fact)).size).toBe(findings.length);
    expect(new Set(findings.map((f) => f.message)).size).toBe(findings.length);
    // Every validate finding is in the report with validate's own words.
    for (const d of validate.diagnostics) expect(findings.map((f) => f.message)).toContain(d.message);
    // Every check-models finding is in it too: alone, or merged into the cause validate names.
    const fromModels = findings.filter((f) => f.reportedBy.includes('check-models')).length;
    expect(fromModels).toBe(models.checks.length);
    const onlyValidate = findings.filter((f) => f.reportedBy.join() === 'validate').length;
    const merged = findings.filter((f) => f.reportedBy.length > 1).length;
    expect(onlyValidate + merged).toBe(validate.diagnostics.length);
    // One exit code: 1 exactly when one of the commands finds an error.
    const anyError = validate.diagnostics.some((d) => d.severity === 'error') || models.checks.some((c) => c.status === 'fail');
    expect(doctor.code).toBe(anyError ? 1 : 0);
    expect(doctor.report.exitCode).toBe(doctor.code);
  });

  it('the broken deployment: each cause once, errors first, each with the commands that see it', async () => {
    const { doctor } = await runAll(broken);
    const facts = doctor.report.findings.map((f) => [f.fact, f.severity, f.reportedBy.join('+')]);
    expect(facts).toContainEqual(['variable-unset:RELAY_API_KEY', 'error', 'validate+check-models']);
    expect(facts).toContainEqual(['endpoint-dropped:/endpoints/custom/1', 'error', 'validate+check-models']);
    const severities = doctor.report.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warn', 'info'].indexOf(a) - ['error', 'warn', 'info'].indexOf(b)));
    expect(doctor.code).toBe(1);
  });
});
