import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** The cases of issue 9's "Why", each run through the commands that disagreed. */
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function deployment(files: Record<string, string>): Promise<string> {
  const dir = await makeTempDir('lc-doctor-agree-');
  cleanups.push(dir.remove);
  for (const [name, text] of Object.entries(files)) await dir.write(name, text);
  return dir.path;
}

describe('commands that disagreed about one deployment', () => {
  it('a custom endpoint dropped for `apikey:` fails validate (exit 1) as it fails check-models', async () => {
    const cwd = await deployment({
      'librechat.yaml': 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "Relay"\n      apikey: "sk-test"\n      baseURL: "http://127.0.0.1:9/v1"\n      models:\n        default: ["m1"]\n',
    });
    const validate = await runCli(['validate', '--format', 'json'], { cwd });
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'unknown-key', severity: 'error', pointer: '/endpoints/custom/0/apikey' }));
    const checkModels = await runCli(['check-models', '--json'], { cwd });
    expect(checkModels.code).toBe(1);
    expect(JSON.parse(checkModels.stdout).checks).toContainEqual(expect.objectContaining({ code: 'entry-dropped', status: 'fail', endpoint: 'Relay' }));
  });

  it('an entry without models is an error in validate, a failure in check-models', async () => {
    const cwd = await deployment({ 'librechat.yaml': 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "Relay"\n      apiKey: "sk-test"\n      baseURL: "http://127.0.0.1:9/v1"\n' });
    const validate = await runCli(['validate', '--format', 'json'], { cwd });
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', pointer: expect.stringMatching(/^\/endpoints\/custom\/0/) }));
    const checkModels = await runCli(['check-models', '--json'], { cwd });
    expect(checkModels.code).toBe(1);
  });

  it.each([
    ['0.7.6', 'warn', "sends the built-in OpenAI endpoint's chats to OpenRouter"],
    ['0.7.7-rc1', 'warn', "sends the built-in OpenAI endpoint's chats to OpenRouter"],
    // PR #6074 removed the takeover in v0.7.7: from then on only a deprecation line is logged.
    ['0.7.7', 'info', 'is not read by LibreChat 0.7.7'],
    ['0.8.2', 'info', 'is not read by LibreChat 0.8.2'],
  ])('OPENROUTER_API_KEY on %s: validate and check-models say the same', async (version, severity, words) => {
    const cwd = await deployment({ 'librechat.yaml': 'version: "1.3.17"\n', '.env': 'OPENROUTER_API_KEY=sk-or-test\nOPENAI_API_KEY=user_provided\n' });
    const validate = JSON.parse((await runCli(['validate', '--format', 'json', '--librechat-version', version], { cwd })).stdout);
    const finding = validate.diagnostics.find((d: { pointer: string }) => d.pointer === '/OPENROUTER_API_KEY');
    expect(finding).toMatchObject({ severity });
    expect(finding.message).toContain(words);
    const checkModels = await runCli(['check-models', '--librechat-version', version], { cwd });
    expect(checkModels.stdout).toContain(severity === 'warn' ? "sends the built-in OpenAI endpoint's chats to OpenRouter" : 'does not read it');
  });

  it('check-models accepts every line validate accepts (0.8.2 was refused)', async () => {
    const cwd = await deployment({ 'librechat.yaml': 'version: "1.3.17"\n' });
    for (const version of ['0.8.2', 'v0.8.2', '0.8.8-rc4', '0.7.5']) {
      expect((await runCli(['check-models', '--json', '--librechat-version', version], { cwd })).code, version).not.toBe(2);
      expect((await runCli(['validate', '--librechat-version', version], { cwd })).code, version).not.toBe(2);
    }
  });
});
