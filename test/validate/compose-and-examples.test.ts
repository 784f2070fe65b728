import { cp, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => (dir = await makeTempDir()));
afterAll(() => dir.remove());

/** A copy of a compose layout, so a test can change it without touching the fixture. */
async function layout(name: string, as = name): Promise<string> {
  const target = join(dir.path, as);
  await cp(join(layouts, name), target, { recursive: true });
  return target;
}

const validate = (cwd: string, args: string[] = []) => runCli(['validate', ...args], { cwd });

describe('validate under Docker Compose', () => {
  it('CONFIG_PATH=/app/librechat.yaml is the mount, not "fix CONFIG_PATH"', async () => {
    const result = await validate(join(layouts, 'deploy'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('assumed Docker Compose (service api, image tag v0.8.5): found deploy-compose.yml');
  });

  it("method one's OPENAI_API_KEY=${MODELSCOPE_API_KEY}: fine through Compose's env_file, an error under npm run backend, and the report says which was assumed", async () => {
    const cwd = join(layouts, 'default');
    const compose = await validate(cwd);
    expect(compose.code).toBe(0);
    expect(compose.stdout).not.toContain('env-file-reference');
    const node = await validate(cwd, ['--runtime', 'node']);
    expect(node.code).toBe(1);
    expect(node.stdout).toMatch(/13:1 +error +OPENAI_API_KEY=\$\{MODELSCOPE_API_KEY\}: LibreChat reads \.env with dotenv, which never expands/);
    expect(node.stdout).toContain('assumed npm run backend');
  });

  it('the same .env without a compose file is judged as npm run backend', async () => {
    const cwd = join(dir.path, 'no-compose');
    await dir.write('no-compose/.env', await readFile(join(layouts, 'default/.env'), 'utf8'));
    const result = await validate(cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no compose file running LibreChat in this folder, so `npm run backend` is assumed');
  });

  it('a .env only mounted at /app/.env (no env_file) reaches LibreChat literally', async () => {
    const cwd = await layout('default', 'mounted-only');
    const compose = await readFile(join(cwd, 'docker-compose.yml'), 'utf8');
    await dir.write('mounted-only/docker-compose.yml', compose.replace('    env_file:\n      - .env\n', ''));
    const result = await validate(cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('service api in docker-compose.yml has no env_file with .env');
  });

  it('-e naming a file the LibreChat service does not read is judged as that file says', async () => {
    const cwd = await layout('deploy', 'other-env');
    await dir.write('other-env/staging.env', 'HOST=localhost\n');
    const result = await validate(cwd, ['-e', 'staging.env']);
    expect(result.stdout).toMatch(/DEEPSEEK_API_KEY\} in endpoints\.custom\[0\]\.apiKey is not defined in staging\.env/);
    expect(result.code).toBe(1);
  });

  it("a librechat.yaml that no mount puts into the container is an error with the override to paste", async () => {
    const cwd = await layout('default', 'unmounted');
    await cp(join(layouts, 'deploy/librechat.yaml'), join(cwd, 'librechat.yaml'));
    const result = await validate(cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('librechat.yaml is not mounted into service api');
    expect(result.stdout).toContain('`- ./librechat.yaml:/app/librechat.yaml`');
  });
});

describe('validate with an example env file (CI)', () => {
  const yaml = 'version: 1.3.17\nendpoints:\n  custom:\n    - name: modelscope\n      apiKey: "${MODELSCOPE_API_KEY}"\n      baseURL: "https://api-inference.modelscope.cn/v1"\n      models:\n        default: ["Qwen/Qwen3-32B"]\n';

  it('empty values are fine: names are what an example file carries', async () => {
    await dir.write('example-ok/librechat.yaml', yaml);
    await dir.write('example-ok/.env.example', 'PORT=\nMODELSCOPE_API_KEY=\nCREDS_KEY=\nJWT_SECRET=16f8c0ef4a5d391b26034086c628469d3f9f497f08163ab9b40137092f2909ef\n');
    const result = await validate(join(dir.path, 'example-ok'), ['-e', '.env.example']);
    expect(result.stdout).toContain('no problems found');
    expect(result.stdout).toContain('the env file is an example: names checked, empty values accepted');
    expect(result.code).toBe(0);
  });

  it('a missing name fails, and the hint never asks for a value in the example file', async () => {
    await dir.write('example-missing/librechat.yaml', yaml);
    await dir.write('example-missing/.env.example', 'PORT=\n');
    const result = await validate(join(dir.path, 'example-missing'), ['-e', '.env.example', '--format', 'github']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=librechat\.yaml,line=5,.*MODELSCOPE_API_KEY/m);
    expect(result.stdout).toContain('add the line `MODELSCOPE_API_KEY=` with no value to .env.example');
    expect(result.stdout).not.toMatch(/<value>/);
  });
});
