import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  configInContainer,
  containerEnvironment,
  defaultNetwork,
  findLibreChatService,
  findServiceByHost,
  imageTag,
  loadComposeProject,
} from '../../src/compose/index.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const layouts = resolve(import.meta.dirname, '../fixtures/compose');
const load = async (name: string) => {
  const project = await loadComposeProject(join(layouts, name), {});
  if (!project) throw new Error(`no compose project in ${name}`);
  return project;
};

describe('LibreChat layouts read as docker compose reads them', () => {
  it('default: env_file values substituted by Compose, MONGO_URI from environment: wins, no config mount', async () => {
    const project = await load('default');
    expect(project.files).toEqual(['docker-compose.yml']);
    const api = findLibreChatService(project)!;
    expect(api.name).toBe('api');
    expect(api.imageTag).toBe('latest');
    expect(api.environment.OPENAI_API_KEY).toMatchObject({ value: 'ms-00000000-0000-4000-8000-fake0000c0de', origin: 'env_file', file: '.env' });
    expect(api.environment.MONGO_URI).toMatchObject({ value: 'mongodb://mongodb:27017/LibreChat', origin: 'environment' });
    expect(api.ports).toEqual([{ target: 3080, published: 3080, hostIp: undefined }]);
    expect(configInContainer(api)).toEqual({ containerPath: '/app/librechat.yaml', fromConfigPath: false, remote: false });
    expect(containerEnvironment(api).origins.OPENAI_API_KEY).toBe('compose');
    expect(findServiceByHost(project, 'mongodb', 27017)).toMatchObject({ service: { name: 'mongodb' }, published: undefined });
    expect(findServiceByHost(project, 'chat-mongodb', 27017)?.service.name).toBe('mongodb');
  });

  it('deploy: only deploy-compose.yml, read as `-f deploy-compose.yml`; the config is the long-syntax mount', async () => {
    const project = await load('deploy');
    expect(project).toMatchObject({ files: ['deploy-compose.yml'], selection: 'deploy' });
    const api = findLibreChatService(project)!;
    expect(api.imageTag).toBe('v0.8.5');
    expect(api.environment.RAG_API_URL?.value).toBe('http://rag_api:8000');
    expect(api.environment.PROXY?.value).toBe('');
    expect(configInContainer(api)).toMatchObject({ containerPath: '/app/librechat.yaml', fromConfigPath: true, hostPath: join(layouts, 'deploy/librechat.yaml') });
  });

  it('override: the override replaces the image, adds the mount and publishes MongoDB', async () => {
    const project = await load('override');
    expect(project.files).toEqual(['docker-compose.yml', 'docker-compose.override.yml']);
    const api = findLibreChatService(project)!;
    expect(api.image).toBe('ghcr.io/danny-avila/librechat:v0.8.5');
    expect(api.mounts.map((m) => m.target)).toEqual(['/app/.env', '/app/client/public/images', '/app/librechat.yaml']);
    expect(configInContainer(api).hostPath).toBe(join(layouts, 'override/librechat.yaml'));
    expect(findServiceByHost(project, 'mongodb', 27017)?.published).toEqual({ target: 27017, published: 27018, hostIp: undefined });
  });

  it('external Redis: compose.yaml wins, the host name is a `hostname:`, the port is not published, CONFIG_PATH is a folder mount', async () => {
    const project = await load('external-redis');
    expect(project.files).toEqual(['compose.yaml', 'compose.override.yaml']);
    expect(defaultNetwork(project)).toBe('chat_default');
    const api = findLibreChatService(project)!;
    expect(api.environment.USE_REDIS?.value).toBe('true');
    expect(api.envFiles).toEqual(['.env', '.env.local']);
    expect(project.problems).toEqual([]);
    expect(configInContainer(api)).toMatchObject({ containerPath: '/app/config/librechat.yaml', hostPath: join(layouts, 'external-redis/config/librechat.yaml') });
    expect(findServiceByHost(project, 'redis', 6379)).toMatchObject({ service: { name: 'cache' }, published: undefined });
  });

  it('the shell overrides the folder .env in substitution, as in `PORT=4000 docker compose up`', async () => {
    const project = await loadComposeProject(join(layouts, 'default'), { PORT: '4000' });
    expect(findLibreChatService(project!)!.ports[0]).toMatchObject({ published: 4000, target: 4000 });
  });
});

describe('edge cases Compose decides', () => {
  it('a .env that is only mounted (no env_file) reaches LibreChat through dotenv, unsubstituted', async () => {
    const dir = await makeTempDir();
    try {
      await dir.write('docker-compose.yml', 'services:\n  api:\n    image: librechat\n    volumes:\n      - ./.env:/app/.env\n');
      await dir.write('.env', 'K=ms-1\nOPENAI_API_KEY=${K}\n');
      const api = findLibreChatService((await loadComposeProject(dir.path, {}))!)!;
      const seen = containerEnvironment(api);
      expect(seen.values.OPENAI_API_KEY).toBe('${K}');
      expect(seen.origins.OPENAI_API_KEY).toBe('dotenv');
    } finally {
      await dir.remove();
    }
  });

  it('a missing required env_file is a Compose problem; a folder without compose files is no project', async () => {
    const dir = await makeTempDir();
    try {
      expect(await loadComposeProject(dir.path, {})).toBeUndefined();
      await dir.write('compose.yml', 'services:\n  api:\n    image: x\n    env_file: missing.env\n');
      expect((await loadComposeProject(dir.path, {}))!.problems).toEqual([{ kind: 'env-file-missing', file: 'missing.env', service: 'api' }]);
    } finally {
      await dir.remove();
    }
  });

  it.each([
    ['ghcr.io/danny-avila/librechat:v0.8.5', 'v0.8.5'],
    ['localhost:5000/librechat', 'latest'],
    ['librechat-dev-api:latest@sha256:abc', 'latest'],
  ])('image %s has tag %s', (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });
});
