import { cp, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
let dir: Awaited<ReturnType<typeof makeTempDir>>;
let broken: string;
let typos: string;

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
  typos = join(dir.path, 'typos');
  await cp(join(layouts, 'deploy'), typos, { recursive: true });
  await writeFile(join(typos, 'librechat.yaml'), TYPOS_CONFIG);
  await writeFile(join(typos, '.env'), TYPOS_ENV);
});
afterAll(() => dir.remove());

/**
 * Mistakes both validate and check-models see, each in its own words: ids typed with a Chinese
 * comma (in librechat.yaml and in OPENAI_MODELS), an id with ASCII commas, two entries with one
 * name, OPENROUTER_API_KEY on a line where it takes over the OpenAI endpoint.
 */
const TYPOS_CONFIG = `version: 1.2.1
endpoints:
  custom:
    - name: "relay"
      apiKey: "sk-test-fake-relay-0000000000"
      baseURL: "https://relay.example.test/v1"
      models:
        default: ["gpt-4o，gpt-4o-mini", "qwen-max", "“deepseek-chat”"]
    - name: "relay"
      apiKey: "sk-test-fake-relay-0000000000"
      baseURL: "https://relay2.example.test/v1"
      models:
        default: ["a, b"]
`;
const TYPOS_ENV = 'OPENAI_API_KEY=sk-test-fake-openai-000000000\nOPENAI_MODELS=gpt-4o，gpt-4o-mini\nOPENROUTER_API_KEY=sk-or-test-fake-0000000000\n';
// 0.7.6: the OPENROUTER_API_KEY takeover ended in v0.7.7 (PR #6074).
const TYPOS_ARGS = ['--librechat-version', '0.7.6', '--runtime', 'node'];

interface Finding {
  fact: string;
  message: string;
  severity: string;
  reportedBy: string[];
}

/** The same runs in every language: causes are merged by code and parameters, so the words cannot matter. */
const LANGUAGES: { lang: string; env: Record<string, string> }[] = [{ lang: 'en', env: { LANG: 'C' } }, { lang: 'zh-CN', env: { LC_DOCTOR_LANG: 'zh-CN' } }];
const CHINESE = /[\u4e00-\u9fff]/;

async function runAll(folder: string, env: Record<string, string>) {
  const extra = folder === typos ? TYPOS_ARGS : [];
  const run = async (args: string[]) => runCli([...args, ...extra], { cwd: folder, env });
  const validate = await run(['validate', '--json']);
  const models = await run(['check-models', '--json']);
  const doctor = await run(['doctor', '--json']);
  return {
    validate: { code: validate.code, diagnostics: (JSON.parse(validate.stdout) as { diagnostics: { message: string; severity: string }[] }).diagnostics },
    models: { code: models.code, checks: (JSON.parse(models.stdout) as { checks: { code: string; status: string }[] }).checks.filter((c) => c.status !== 'ok') },
    doctor: { code: doctor.code, report: JSON.parse(doctor.stdout) as { findings: Finding[]; exitCode: number } },
  };
}

describe.each(LANGUAGES)('doctor = the union of the single commands, one finding per cause ($lang)', ({ lang, env }) => {
  it.each(['default', 'deploy', 'override', 'external-redis', 'broken', 'typos'])('%s', async (name) => {
    const folder = name === 'broken' ? broken : name === 'typos' ? typos : join(layouts, name);
    const { validate, models, doctor } = await runAll(folder, env);
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
    const { doctor } = await runAll(broken, env);
    // The report is in the language asked for, so a merge that read English sentences would show here.
    expect(doctor.report.findings.every((f) => CHINESE.test(f.message))).toBe(lang === 'zh-CN');
    const facts = doctor.report.findings.map((f) => [f.fact, f.severity, f.reportedBy.join('+')]);
    expect(facts).toContainEqual(['variable-unset:RELAY_API_KEY', 'error', 'validate+check-models']);
    expect(facts).toContainEqual(['endpoint-dropped:/endpoints/custom/1', 'error', 'validate+check-models']);
    const severities = doctor.report.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warn', 'info'].indexOf(a) - ['error', 'warn', 'info'].indexOf(b)));
    expect(doctor.code).toBe(1);
  });

  it('the same mistake seen by validate and check-models in their own words is one finding', async () => {
    const { validate, models, doctor } = await runAll(typos, env);
    expect(models.checks.map((c) => c.code).sort()).toEqual(['entry-duplicate-name', 'legacy-openrouter-key', 'model-id-punctuation', 'model-id-punctuation', 'model-id-punctuation', 'model-id-punctuation']);
    // Every check-models line joins the finding validate has for the same cause; validate's own findings all stay.
    const merged = doctor.report.findings.filter((f) => f.reportedBy.join('+') === 'validate+check-models');
    expect(merged).toHaveLength(models.checks.length);
    expect(doctor.report.findings).toHaveLength(validate.diagnostics.length);
  });
});
