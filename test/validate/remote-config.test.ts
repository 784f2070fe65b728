import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

let server: Server;
let base: string;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

beforeAll(async () => {
  dir = await makeTempDir();
  server = createServer((request, response) => {
    if (request.url === '/librechat.yaml') {
      response.end('version: "1.3.17"\ncache: "yes"\n');
      return;
    }
    // A wrong URL that never ends: 64 KB chunks until the client gives up.
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump);
    };
    request.socket.on('close', () => response.destroy());
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await dir.remove();
});

describe('CONFIG_PATH as a URL with --allow-remote', () => {
  it('fetches and judges the remote config', async () => {
    await dir.write('remote/.env', `CONFIG_PATH=${base}/librechat.yaml\n`);
    const result = await runCli(['validate', '--allow-remote'], { cwd: `${dir.path}/remote` });
    expect(result.stdout).toContain('`cache` must be a boolean, got a string (`yes`)');
    expect(result.code).toBe(1);
  });

  it('refuses an endless body past 5 MB instead of reading it all', async () => {
    await dir.write('endless/.env', `CONFIG_PATH=${base}/stream\n`);
    const result = await runCli(['validate', '--allow-remote'], { cwd: `${dir.path}/endless` });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`lc-doctor: the config at ${base}/stream is over 5 MB; a LibreChat config is far smaller\nhint: Check that CONFIG_PATH points at the config itself\n`);
  });
});
