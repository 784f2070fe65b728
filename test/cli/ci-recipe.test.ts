import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir } from '../helpers/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const readme = readFileSync(`${root}/README.md`, 'utf8');

/** The `with:` of README's GitHub Actions recipe, as a user copies it. */
function readmeRecipe(): Record<string, string> {
  const block = /```yaml\n(- uses: actions\/checkout@v4\n- uses: lc-doctor\/lc-doctor@main\n[\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README's GitHub Actions recipe is gone");
  const steps = parse(block) as { uses: string; with?: Record<string, string> }[];
  return steps.find((s) => s.uses.startsWith('lc-doctor/lc-doctor'))!.with ?? {};
}

/** action.yml's validate step, run by bash as the runner runs it (the action path is this checkout). */
function runAction(workspace: string, inputs: Record<string, string>) {
  const action = parse(readFileSync(`${root}/action.yml`, 'utf8')) as { runs: { steps: { name?: string; run?: string }[] } };
  const script = action.runs.steps.find((s) => s.name === 'Validate')!.run!.replaceAll('${{ github.action_path }}', root);
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replaceAll('-', '_')}`] = value;
  return spawnSync('bash', ['-e', '-c', script], { cwd: workspace, env, encoding: 'utf8' });
}

const correctYaml = `version: 1.3.17
endpoints:
  custom:
    - name: "modelscope"
      apiKey: "\${MODELSCOPE_API_KEY}"
      baseURL: "https://api-inference.modelscope.cn/v1"
      models:
        default: ["Qwen/Qwen3-32B"]
`;
const exampleEnv = 'HOST=localhost\nPORT=\nMONGO_URI=\nCREDS_KEY=\nCREDS_IV=\nJWT_SECRET=\nJWT_REFRESH_SECRET=\nMODELSCOPE_API_KEY=\n';

let dir: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  dir = await makeTempDir();
  execFileSync('bash', ['-c', 'test -f dist/cli/main.js || npm run build'], { cwd: root });
});
afterAll(() => dir.remove());

describe("README's CI recipe through action.yml (github format)", () => {
  it('passes a correct deployment whose .env.example has empty values (exit 0)', async () => {
    await dir.write('ok/librechat.yaml', correctYaml);
    await dir.write('ok/.env.example', exampleEnv);
    const run = runAction(`${dir.path}/ok`, { ...readmeRecipe(), 'librechat-version': '', args: '' });
    expect(run.stdout).toMatch(/^lc-doctor: 0 errors, 0 warnings, 0 infos; judged by/m);
    expect(run.stdout).not.toContain('::error');
    expect(run.status).toBe(0);
  });

  it('fails a broken one with annotations (exit 1), and asks for no value in the example file', async () => {
    await dir.write('broken/librechat.yaml', correctYaml.replace('baseURL', 'baseUrl'));
    await dir.write('broken/.env.example', exampleEnv.replace('MODELSCOPE_API_KEY=\n', ''));
    const run = runAction(`${dir.path}/broken`, { ...readmeRecipe(), 'librechat-version': '', args: '' });
    expect(run.stdout).toMatch(/^::error file=librechat\.yaml,line=5,.*MODELSCOPE_API_KEY/m);
    expect(run.stdout).toMatch(/^::(error|warning) file=librechat\.yaml,line=6,.*baseUrl/m);
    expect(run.stdout).not.toMatch(/MODELSCOPE_API_KEY=<value>/);
    expect(run.status).toBe(1);
  });
});
