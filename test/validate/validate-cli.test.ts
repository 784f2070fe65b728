import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { runCli, spawnCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const fixture = (name: string) => readFile(new URL(`../fixtures/validate/${name}`, import.meta.url), 'utf8');

let dir: Awaited<ReturnType<typeof makeTempDir>>;
let cleanYaml: string;
let cleanEnv: string;

beforeAll(async () => {
  dir = await makeTempDir();
  cleanYaml = await fixture('clean.yaml');
  cleanEnv = await fixture('clean.env');
});
afterAll(() => dir.remove());

/** Writes a deployment folder and runs `lc-doctor validate` in it. */
async function validateIn(name: string, files: Record<string, string>, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  for (const [file, content] of Object.entries(files)) await dir.write(`${name}/${file}`, content);
  return runCli(['validate', ...args], { cwd: `${dir.path}/${name}`, env });
}

describe('lc-doctor validate', () => {
  it('passes a correct deployment with exit 0 and names the LibreChat line that judged it', async () => {
    const result = await validateIn('clean', { 'librechat.yaml': cleanYaml, '.env': cleanEnv });
    expect(result.stdout).toContain('no problems found');
    expect(result.stdout).toMatch(/judged by LibreChat 0\.8\.8 with the schema of v0\.8\.8-rc4 \(librechat-data-provider@0\.8\.524; config version 1\.3\.17\)/);
    expect(result.stdout).toContain("matched from the file's `version:` field");
    expect(result.code).toBe(0);
  });

  it('warns about `titleconvo` at its line and column with a did-you-mean, and --strict turns it into a failure', async () => {
    const yaml = cleanYaml.replace('      titleConvo: true', '      titleconvo: true');
    const loose = await validateIn('typo', { 'librechat.yaml': yaml, '.env': cleanEnv });
    expect(loose.stdout).toMatch(/13:7 +warning .*titleconvo.*titleConvo/);
    expect(loose.code).toBe(0);
    expect((await validateIn('typo', {}, ['--strict'])).code).toBe(1);
    expect((await validateIn('typo', {}, ['--max-warnings', '0'])).code).toBe(1);
    expect((await validateIn('typo', {}, ['--max-warnings', '5'])).code).toBe(0);
  });

  it('fails on `apikey`: LibreChat drops the whole endpoint, as check-models says', async () => {
    const yaml = cleanYaml.replace('      apiKey: "${DEEPSEEK_API_KEY}"', '      apikey: "${DEEPSEEK_API_KEY}"');
    const result = await validateIn('apikey', { 'librechat.yaml': yaml, '.env': cleanEnv });
    expect(result.stdout).toMatch(/8:7 +error .*apikey.*dropped without an error/);
    expect(result.code).toBe(1);
  });

  it('reports a numeric version once, as an error LibreChat would exit on', async () => {
    const result = await validateIn('numeric', { 'librechat.yaml': cleanYaml.replace('version: "1.3.17"', 'version: 1.3'), '.env': cleanEnv });
    const atVersion = result.stdout.split('\n').filter((l) => /^\s+2:10 /.test(l));
    expect(atVersion).toHaveLength(1);
    expect(atVersion[0]).toMatch(/error/);
    expect(result.code).toBe(1);
  });

  it('reports YAML syntax errors with line and column, exit 1', async () => {
    const result = await validateIn('syntax', { 'librechat.yaml': 'version: "1.3.17"\nendpoints:\n  custom: [\n', '.env': '' });
    expect(result.stdout).toMatch(/librechat\.yaml\n\s+\d+:\d+ +error/);
    expect(result.stdout).toContain('yaml-syntax');
    expect(result.code).toBe(1);
  });

  it('without librechat.yaml checks .env and does not fail: LibreChat runs without one (method one)', async () => {
    const result = await validateIn('env-only', { '.env': cleanEnv });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/info +no librechat\.yaml: LibreChat starts with its defaults/);
  });

  it('exits 2 with one line and a hint when there is neither librechat.yaml nor .env', async () => {
    const result = await validateIn('empty-dir', {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: no librechat\.yaml in this folder \(and CONFIG_PATH is not set\)\nhint: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('follows CONFIG_PATH from .env, as LibreChat does', async () => {
    const result = await validateIn('config-path', { 'conf/prod.yaml': cleanYaml, '.env': `${cleanEnv}CONFIG_PATH=conf/prod.yaml\n` });
    expect(result.stdout).toContain('no problems found');
    expect(result.code).toBe(0);
  });

  it('does not fetch a CONFIG_PATH URL unless asked, and says so at the .env line', async () => {
    const result = await validateIn('remote', { '.env': `${cleanEnv}CONFIG_PATH=https://config.example.test/librechat.yaml\n` });
    expect(result.stdout).toMatch(/\.env\n\s+4:1 +warning +the config is a URL/);
    expect(result.stdout).toContain('--allow-remote');
  });

  it('refuses an unknown --librechat-version and lists the known ones', async () => {
    const result = await validateIn('clean', {}, ['--librechat-version', '9.9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'9\.9' is not a LibreChat version like 0\.8\.2, v0\.8\.2 or 0\.8\.8-rc4\nhint: known lines: 0\.7\.5, 0\.7\.6, .*, 0\.8\.8\n/);
  });

  it('rejects a malformed --rule with a usage hint', async () => {
    const result = await validateIn('clean', {}, ['--rule', 'endpoint-dropped']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--rule takes <id>=off|info|warn|error');
  });

  it('turns a rule off with --rule id=off', async () => {
    const result = await validateIn('typo', {}, ['--rule', 'unknown-key=off', '--strict']);
    expect(result.stdout).not.toContain('unknown-key');
    expect(result.code).toBe(0);
  });

  it('never prints a hard-coded key in any format', async () => {
    const secret = 'sk-test-fake-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
    const yaml = cleanYaml.replace('"${DEEPSEEK_API_KEY}"', `"${secret}"`);
    for (const format of ['stylish', 'json', 'github', 'sarif', 'junit']) {
      const result = await validateIn('secret', { 'librechat.yaml': yaml, '.env': cleanEnv }, ['--format', format]);
      expect(result.stdout + result.stderr).not.toContain(secret);
      expect(result.stdout).toMatch(/hardcoded-secret/);
    }
  });

  it('masks .env values in code frames, overridden duplicates included', async () => {
    const env = 'DEEPSEEK_API_KEY=sk-test-fake-first-value-0000\nDEEPSEEK_API_KEY=sk-test-fake-second-value-0001\nDASHSCOPE_API_KEY=sk-test-fake-dashscope-0000\n';
    const result = await validateIn('dup-env', { 'librechat.yaml': cleanYaml, '.env': env });
    expect(result.stdout).toContain('env-duplicate-key');
    expect(result.stdout).toMatch(/> 1 \| DEEPSEEK_API_KEY=sk-test\*+0000/);
    expect(result.stdout).not.toContain('first-value');
    expect(result.stdout).not.toContain('second-value');
  });

  it('masks a hard-coded key in the frame of a YAML syntax error next to it', async () => {
    const secret = 'sk-test-fake-a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
    const yaml = cleanYaml.replace('      apiKey: "${DEEPSEEK_API_KEY}"\n      baseURL:', `      apiKey: "${secret}"\n     baseURL:`);
    const result = await validateIn('secret-syntax', { 'librechat.yaml': yaml, '.env': cleanEnv });
    expect(result.stdout).toContain('yaml-syntax');
    expect(result.stdout).toMatch(/apiKey: "sk-test\*+c5d6"/);
    expect(result.stdout).not.toContain(secret);
  });

  it('masks key-shaped .env values whatever the variable is called', async () => {
    const secret = 'sk-test-fake-zzzzzzzzzzzzzzzzzzzzzzzz';
    const env = `${cleanEnv}DEEPSEEK=${secret}\nUSE_REDIS=1\n`;
    const result = await validateIn('secret-env', { 'librechat.yaml': cleanYaml, '.env': env });
    expect(result.stdout).toContain('env-boolean-format');
    expect(result.stdout).toMatch(/DEEPSEEK=sk-test\*+zzzz/);
    expect(result.stdout).not.toContain(secret);
  });

  it('says where a missing config path came from: CONFIG_PATH in .env, the environment, or the default', async () => {
    const fromEnvFile = await validateIn('missing-a', { '.env': `${cleanEnv}CONFIG_PATH=conf/librechat.yaml\n` });
    expect(fromEnvFile.code).toBe(2);
    expect(fromEnvFile.stderr).toContain('config file conf/librechat.yaml does not exist (CONFIG_PATH from .env)');
    expect(fromEnvFile.stderr).toContain('hint: fix CONFIG_PATH, or name the file with --config <path>');
    const fromProcess = await validateIn('missing-b', { '.env': cleanEnv }, [], { CONFIG_PATH: 'deploy.yaml' });
    expect(fromProcess.stderr).toContain('(CONFIG_PATH from the environment)');
    const byDefault = await validateIn('missing-c', {});
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toContain('no librechat.yaml in this folder (and CONFIG_PATH is not set)');
  });

  it('--help shows no "(default: {})" noise, and the github summary line is plural-correct', async () => {
    const help = await runCli(['validate', '--help'], { cwd: dir.path });
    expect(help.stdout).toMatch(/--rule <id=severity> +set a rule to off, info, warn or error\s+\(repeatable\)\n/);
    expect(help.stdout).not.toContain('{}');
    const yaml = cleanYaml.replace('      titleConvo: true', '      titleconvo: true');
    const github = (await validateIn('github-summary', { 'librechat.yaml': yaml, '.env': cleanEnv }, ['--format', 'github'])).stdout;
    expect(github).toMatch(/^lc-doctor: 0 errors, 1 warning, 0 infos; judged by/m);
  });

  it('a misspelt --rule id gets a did-you-mean, not a pointer to a --help that lists no rules', async () => {
    const result = await validateIn('rule-typo', { 'librechat.yaml': cleanYaml, '.env': cleanEnv }, ['--rule', 'hardcoded-secrt=off']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lc-doctor: unknown rule 'hardcoded-secrt' in --rule\nhint: did you mean 'hardcoded-secret'?\n");
  });

  it('reports a bad --rule before looking for files (usage errors first)', async () => {
    const result = await validateIn('rule-first', {}, ['--rule', 'nosuch=off']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lc-doctor: unknown rule 'nosuch' in --rule\n/);
    const version = await validateIn('rule-first', {}, ['--librechat-version', '9.9']);
    expect(version.code).toBe(2);
    expect(version.stderr).toMatch(/^lc-doctor: '9\.9' is not a LibreChat version/);
  });

  it('writes machine formats that parse', async () => {
    const json = JSON.parse((await validateIn('typo', {}, ['--json'])).stdout);
    expect(json).toMatchObject({ schemaVersion: 1, files: { config: 'librechat.yaml', env: '.env' }, totals: { errors: 0 } });
    expect(json.diagnostics[0]).toMatchObject({ file: 'librechat.yaml', line: 13, column: 7, ruleId: 'unknown-key' });
    const sarif = JSON.parse((await validateIn('typo', {}, ['--format', 'sarif'])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(13);
    const github = (await validateIn('typo', {}, ['--format', 'github'])).stdout;
    expect(github).toMatch(/^::warning file=librechat\.yaml,line=13,col=7/m);
  });
});

describe('the built CLI', () => {
  it('runs validate as a user would, without colour under NO_COLOR', async () => {
    await dir.write('spawned/librechat.yaml', cleanYaml.replace('version: "1.3.17"', 'version: 1.3'));
    await dir.write('spawned/.env', cleanEnv);
    const result = await spawnCli(['validate'], { cwd: `${dir.path}/spawned`, env: { FORCE_COLOR: '', NO_COLOR: '1' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/librechat\.yaml\n\s+2:10 +error/);
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('keeps stderr clean: no Node warning from the YAML library for a collection used as a key', async () => {
    await dir.write('complex-key/librechat.yaml', 'version: "1.3.17"\n? [a, b]\n: 1\n');
    const result = await spawnCli(['validate', '--env', '/dev/null'], { cwd: `${dir.path}/complex-key` });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unknown key');
    expect(result.stderr).toBe('');
  });
});

describe('help', () => {
  it('no command inherits validate-only exit-code notes; validate states its own', async () => {
    const clear = await runCli(['clear-models-cache', '--help'], { cwd: process.cwd() });
    expect(clear.stdout).toContain('Exit codes:');
    expect(clear.stdout).not.toMatch(/--strict|--max-warnings/);
    const validate = await runCli(['validate', '--help'], { cwd: process.cwd() });
    expect(validate.stdout).toContain('Exit 1 on errors; warnings only with --strict or over --max-warnings.');
  });
});
