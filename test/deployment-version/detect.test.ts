import { afterEach, describe, expect, it } from 'vitest';
import { detectDeploymentVersion } from '../../src/deployment-version/index.js';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const CONFIG = 'version: "1.3.17"\nendpoints:\n  custom:\n    - name: "Local"\n      apiKey: "none"\n      baseURL: "http://127.0.0.1:9/v1"\n      models:\n        default: ["m1"]\n';
const compose = (image: string, extra = '') => `services:\n  api:\n    image: ${image}\n${extra}    volumes:\n      - ./librechat.yaml:/app/librechat.yaml\n  mongodb:\n    image: mongo:8\n`;

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function deployment(files: Record<string, string>) {
  const dir = await makeTempDir('lc-doctor-version-');
  cleanups.push(dir.remove);
  for (const [name, text] of Object.entries(files)) await dir.write(name, text);
  return dir.path;
}

describe('the version from the deployment', () => {
  it.each([
    ['ghcr.io/danny-avila/librechat:v0.8.5', '0.8.5'],
    ['ghcr.io/danny-avila/librechat-api:v0.8.3', '0.8.3'],
    ['ghcr.io/danny-avila/librechat-dev-api:v0.8.8-rc4', '0.8.8-rc4'],
    ['librechat/librechat:v0.7.9', '0.7.9'],
  ])('reads the LibreChat image tag %s', async (image, version) => {
    const evidence = await detectDeploymentVersion(await deployment({ 'docker-compose.yml': compose(image) }), {});
    expect(evidence).toMatchObject({ source: 'compose-image', file: 'docker-compose.yml', value: image });
    expect(evidence?.resolved?.version.text).toBe(version);
  });

  it.each(['ghcr.io/danny-avila/librechat-dev:latest', 'ghcr.io/danny-avila/librechat', 'ghcr.io/danny-avila/librechat:v0.9.0'])('calls %s unknown (judged as the newest)', async (image) => {
    const evidence = await detectDeploymentVersion(await deployment({ 'docker-compose.yml': compose(image), 'package.json': '{"name":"LibreChat","version":"v0.7.7"}' }), {});
    expect(evidence).toMatchObject({ source: 'compose-image', value: image });
    expect(evidence?.resolved).toBeUndefined();
  });

  it("falls through to a checkout's package.json when the service is built from source or the image is not LibreChat's", async () => {
    const built = await deployment({ 'docker-compose.yml': compose('librechat:local', '    build: .\n'), 'package.json': '{"name":"LibreChat","version":"v0.7.7-rc1"}' });
    expect(await detectDeploymentVersion(built, {})).toMatchObject({ source: 'checkout', file: 'package.json', value: 'v0.7.7-rc1', resolved: { line: { id: '0.7.7' } } });
    const custom = await deployment({ 'docker-compose.yml': compose('registry.example/chat:1.2'), 'package.json': '{"name":"LibreChat","version":"v0.8.1"}' });
    expect((await detectDeploymentVersion(custom, {}))?.resolved?.line.id).toBe('0.8.1');
  });

  it('ignores a package.json that is not LibreChat, and a folder with neither file', async () => {
    expect(await detectDeploymentVersion(await deployment({ 'package.json': '{"name":"my-app","version":"0.8.5"}' }), {})).toBeUndefined();
    expect(await detectDeploymentVersion(await deployment({ 'package.json': '{not json' }), {})).toBeUndefined();
    expect(await detectDeploymentVersion(await deployment({}), {})).toBeUndefined();
  });

  it('validate and check-models judge the same line, from the compose image over the config version, and say how', async () => {
    const cwd = await deployment({ 'librechat.yaml': CONFIG, 'docker-compose.yml': compose('ghcr.io/danny-avila/librechat:v0.8.3') });
    const validate = await runCli(['validate', '--format', 'json'], { cwd });
    const checkModels = await runCli(['check-models', '--json'], { cwd });
    const judged = JSON.parse(validate.stdout).target;
    expect(judged).toMatchObject({ librechatVersion: '0.8.3', schemaRelease: 'v0.8.5', reason: 'compose-image', evidence: { file: 'docker-compose.yml', known: true } });
    expect(JSON.parse(checkModels.stdout).target).toMatchObject({ librechatVersion: '0.8.3', reason: 'compose-image' });
    const stylish = await runCli(['validate'], { cwd });
    expect(stylish.stdout).toContain('judged by LibreChat 0.8.3 with the schema of v0.8.5');
    expect(stylish.stdout).toContain('from the image ghcr.io/danny-avila/librechat:v0.8.3 in docker-compose.yml');
  });

  it('--librechat-version wins over the deployment, and `latest` is reported as unknown', async () => {
    const cwd = await deployment({ 'librechat.yaml': CONFIG, 'docker-compose.yml': compose('ghcr.io/danny-avila/librechat-dev:latest') });
    expect(JSON.parse((await runCli(['validate', '--format', 'json', '--librechat-version', 'v0.7.8'], { cwd })).stdout).target).toMatchObject({ librechatVersion: '0.7.8', reason: 'option' });
    const latest = await runCli(['check-models'], { cwd });
    expect(latest.stdout).toContain('LibreChat 0.8.8 (the image ghcr.io/danny-avila/librechat-dev:latest in docker-compose.yml names no LibreChat line: unknown, judged as the newest)');
  });
});
