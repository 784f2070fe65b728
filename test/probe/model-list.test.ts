import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { captureIo, FAKE_KEY } from './helpers.js';

/**
 * `probe --list-models` and `check-models` read a provider's model list through one fetch: a
 * gateway that answers /models with a 200 HTML page is "not a model list" for both, in the same words.
 */
let server: Server;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/v1/models') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>Sign in</title></html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dir = await makeTempDir('lc-doctor-model-list-');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  await dir.write('librechat.yaml', ['version: 1.2.8', 'endpoints:', '  custom:', '    - name: Gateway', '      apiKey: "${GW_KEY}"', `      baseURL: "${url}"`, '      models:', '        default: ["m-1"]', '        fetch: true', ''].join('\n'));
  await dir.write('.env', `GW_KEY=${FAKE_KEY}\n`);
});
afterAll(async () => {
  server.close();
  await dir.remove();
});

async function run(argv: string[]) {
  const io = captureIo({}, dir.path);
  await main(argv, io);
  return io.out();
}

describe('a /models answer that is not a list', () => {
  test('probe and check-models name the same reason', async () => {
    const probe = await run(['probe', '--json']);
    const list = JSON.parse(probe).modelLists[0];
    expect(list).toMatchObject({ ok: false, status: 200, error: { kind: 'not-a-model-list', message: 'the answer is not JSON' } });
    const checkModels = await run(['check-models', '--no-cache-check']);
    expect(checkModels).toContain('model fetch failed (the answer is not JSON at');
  });
});
