import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/**
 * doctor runs check-models on the line the deployment names (v0.8.2 here), not on the schema that
 * judges it (0.8.5): the model-list rules differ between them, so doctor must show what
 * check-models shows on the same files.
 */
let folder: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  folder = await makeTempDir('lc-doctor-judged-line-');
  await folder.write('docker-compose.yml', 'services:\n  api:\n    image: ghcr.io/danny-avila/librechat:v0.8.2\n    env_file:\n      - .env\n    volumes:\n      - ./librechat.yaml:/app/librechat.yaml\n');
  await folder.write('.env', 'OPENAI_API_KEY=user_provided\n');
  // user_provided with fetch: true is never fetched up to 0.8.4; 0.8.5+ fetches with each user's key.
  await folder.write('librechat.yaml', 'version: "1.2.1"\nendpoints:\n  custom:\n    - name: "relay"\n      apiKey: "user_provided"\n      baseURL: "http://127.0.0.1:9/v1"\n      models:\n        default: ["relay-small"]\n        fetch: true\n');
});
afterAll(async () => folder?.remove());

describe('doctor follows the deployment\'s LibreChat line, like check-models', () => {
  it('a v0.8.2 image: both say the user_provided endpoint never fetches', async () => {
    const models = JSON.parse((await runCli(['check-models', '--no-cache-check', '--json'], { cwd: folder.path })).stdout) as { target: { librechatVersion: string }; checks: { code: string }[] };
    expect(models.target.librechatVersion).toBe('0.8.2');
    expect(models.checks.map((c) => c.code)).toContain('user-provided-no-fetch');
    const doctor = JSON.parse((await runCli(['doctor', folder.path, '--json'], { cwd: folder.path })).stdout) as { findings: { id: string }[] };
    expect(doctor.findings.map((f) => f.id)).toContain('check-models/user-provided-no-fetch');
  });
});
