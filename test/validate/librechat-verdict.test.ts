import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * validate's top-level `librechat` verdict in JSON: what LibreChat does at start-up with the
 * files (starts or exits, applies or ignores the config, which endpoints it drops), for CI.
 */
let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (dir = await makeTempDir()));
afterAll(() => dir.remove());

const endpoint = (over = '') => `    - name: "Relay"
      apiKey: "\${RELAY_KEY}"
      baseURL: "https://relay.example/v1"
      models:
        default: ["m1"]
${over}`;
const withCustom = (entries: string) => `version: "1.3.17"\nendpoints:\n  custom:\n${entries}`;

async function verdict(name: string, files: { yaml: string | Buffer; env?: string | Buffer }, args: string[] = []) {
  const folder = `${dir.path}/${name}`;
  await dir.write(`${name}/librechat.yaml`, files.yaml);
  await dir.write(`${name}/.env`, files.env ?? 'RELAY_KEY=sk-test-fake-1\n');
  const result = await runCli(['validate', '--json', ...args], { cwd: folder });
  expect(result.code, result.stderr).not.toBe(2);
  const json = JSON.parse(result.stdout) as { librechat: Record<string, unknown>; diagnostics: { ruleId: string; severity: string }[] };
  return { code: result.code, ...json };
}

describe('validate --json: the librechat start-up verdict', () => {
  it('a clean config loads, nothing dropped', async () => {
    const { librechat, code } = await verdict('clean', { yaml: withCustom(endpoint()) });
    expect(code).toBe(0);
    expect(librechat).toEqual({ loads: true, starts: true, config: 'applied', droppedEndpoints: [], decidedBy: [] });
  });

  it('names the endpoints LibreChat drops (a misspelled apiKey, a missing baseURL)', async () => {
    const typo = endpoint().replace('apiKey', 'apikey').replace('Relay', 'Typo');
    const noUrl = endpoint().replace(/ {6}baseURL.*\n/, '').replace('Relay', 'NoUrl');
    const { librechat } = await verdict('dropped', { yaml: withCustom(endpoint() + typo + noUrl) });
    expect(librechat).toMatchObject({ loads: true, config: 'applied', droppedEndpoints: ['Typo', 'NoUrl'] });
  });

  it('a schema failure exits LibreChat 0.8.8, unless CONFIG_BYPASS_VALIDATION=true makes it ignore the file', async () => {
    const yaml = withCustom(endpoint()).replace('endpoints:', 'interfaces: {}\nendpoints:');
    const exits = await verdict('schema', { yaml });
    expect(exits.code).toBe(1);
    expect(exits.librechat).toMatchObject({ loads: false, starts: false, config: 'ignored', decidedBy: [{ ruleId: 'schema', line: 2, pointer: expect.any(String) }] });
    const bypass = await verdict('schema-bypass', { yaml, env: 'RELAY_KEY=k\nCONFIG_BYPASS_VALIDATION=true\n' });
    expect(bypass.librechat).toMatchObject({ loads: false, starts: true, config: 'ignored' });
  });

  it('a schema failure on the 0.7 line only ignores the file', async () => {
    const yaml = withCustom(endpoint()).replace('endpoints:', 'interfaces: {}\nendpoints:');
    const { librechat } = await verdict('schema-old', { yaml }, ['--librechat-version', '0.7.7']);
    expect(librechat).toMatchObject({ loads: false, starts: true, config: 'ignored' });
  });

  it('invalid YAML and an empty file: LibreChat runs on its defaults', async () => {
    expect((await verdict('syntax', { yaml: 'version: "1.3.17"\nendpoints: [\n' })).librechat).toMatchObject({ starts: true, config: 'ignored', decidedBy: [{ ruleId: 'yaml-syntax' }] });
    expect((await verdict('empty', { yaml: '# nothing yet\n' })).librechat).toMatchObject({ loads: false, starts: true, config: 'ignored' });
  });

  it('startup checks after the schema stop LibreChat: customParams and Azure groups', async () => {
    const params = await verdict('params', { yaml: withCustom(endpoint('      customParams:\n        defaultParamsEndpoint: "claude"\n')) });
    expect(params.code).toBe(1);
    expect(params.librechat).toMatchObject({ loads: false, starts: false, decidedBy: [{ ruleId: 'custom-params-invalid', line: 10 }] });
    const azure = `version: "1.3.17"\nendpoints:\n  azureOpenAI:\n    groups:\n      - group: "eastus"\n        apiKey: "\${RELAY_KEY}"\n        instanceName: "my-eastus"\n        version: "2024-10-21"\n        models:\n          gpt-4o: true\n`;
    expect((await verdict('azure', { yaml: azure })).librechat).toMatchObject({ starts: false, decidedBy: [{ ruleId: 'azure-group-invalid' }] });
  });

  it('a latin-1 file is a warning and still loads (exit 0), as LibreChat reads it', async () => {
    const yaml = Buffer.from(withCustom(endpoint()).replace('"Relay"', '"Caf\u00e9"'), 'latin1');
    const { code, librechat, diagnostics } = await verdict('latin1', { yaml });
    expect(code).toBe(0);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'file-encoding', severity: 'warn' }));
    expect(librechat).toMatchObject({ loads: true, config: 'applied' });
  });

  it('a latin-1 .env is a warning on the .env line dotenv still reads', async () => {
    const env = Buffer.from('# Schl\u00fcssel f\u00fcr Relay\nRELAY_KEY=sk-test-fake-1\n', 'latin1');
    const { code, diagnostics } = await verdict('latin1-env', { yaml: withCustom(endpoint()), env });
    expect(code).toBe(0);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'file-encoding', severity: 'warn', file: '.env', line: 1 }));
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('env-undefined-variable');
  });
});

describe('validate (stylish): the start-up verdict in words, only when it is not a plain load', () => {
  it('says LibreChat will not start, and why', async () => {
    await dir.write('words/librechat.yaml', withCustom(endpoint('      customParams:\n        defaultParamsEndpoint: "claude"\n')));
    await dir.write('words/.env', 'RELAY_KEY=k\n');
    const { stdout } = await runCli(['validate'], { cwd: `${dir.path}/words` });
    expect(stdout).toContain('✖ LibreChat will not start with these files (custom-params-invalid at librechat.yaml:10)');
  });

  it('names the endpoints LibreChat will drop', async () => {
    await dir.write('words-drop/librechat.yaml', withCustom(endpoint() + endpoint().replace('Relay', 'Typo').replace('apiKey', 'apikey')));
    await dir.write('words-drop/.env', 'RELAY_KEY=k\n');
    const { stdout } = await runCli(['validate'], { cwd: `${dir.path}/words-drop` });
    expect(stdout).toContain('⚠ LibreChat will drop these custom endpoints: Typo');
  });

  it('says nothing more for a clean load', async () => {
    await dir.write('words-clean/librechat.yaml', withCustom(endpoint()));
    await dir.write('words-clean/.env', 'RELAY_KEY=k\n');
    const { stdout } = await runCli(['validate'], { cwd: `${dir.path}/words-clean` });
    expect(stdout).not.toContain('LibreChat will');
  });
});
