import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';

/** Issue 14 item 15: a stream whose line (or event) never ends is cut off with a clear verdict. */

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Streams `prefix`, then 64 KiB blocks of `block` until the client goes away (or 64 MiB, a safety stop). */
function endlessStream(prefix: string, block: string): Promise<{ server: Server; sent: () => number }> {
  let sent = 0;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(prefix);
    const chunk = block.repeat(Math.ceil(65536 / block.length));
    const pump = () => {
      while (sent < 64 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  cleanups.push(() => void server.close());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sent: () => sent })));
}

async function probe(port: number) {
  const dir = await makeTempDir('lc-doctor-oversize-');
  cleanups.push(dir.remove);
  await dir.write(
    'librechat.yaml',
    `version: 1.2.1\nendpoints:\n  custom:\n    - name: endless\n      apiKey: "sk-oversize-test-0000000000000000"\n      baseURL: "http://127.0.0.1:${port}/v1"\n      models:\n        default: ["m1"]\n`,
  );
  return runCli(['probe', 'endless', '--json', '--timeout', '60'], { cwd: dir.path });
}

describe('probe against a stream that never ends a line or an event', () => {
  it('a data: line that never ends: verdict "oversized", stopped after about 1 MiB', async () => {
    const { server, sent } = await endlessStream('data: {"choices":[{"delta":{"content":"', 'a');
    const result = await probe((server.address() as AddressInfo).port);
    const report = JSON.parse(result.stdout) as { results: Array<{ error?: { kind: string; message: string } }> };
    expect(report.results[0]?.error?.kind).toBe('oversized');
    expect(report.results[0]?.error?.message).toMatch(/an SSE line grew past 1 MiB without ending/);
    expect(sent()).toBeLessThan(32 * 1024 * 1024);
  });

  it('an event of endless short data: lines: verdict "oversized" (event)', async () => {
    const { server } = await endlessStream('', 'data: x\n');
    const result = await probe((server.address() as AddressInfo).port);
    const report = JSON.parse(result.stdout) as { results: Array<{ error?: { kind: string; message: string } }> };
    expect(report.results[0]?.error?.kind).toBe('oversized');
    expect(report.results[0]?.error?.message).toMatch(/an SSE event grew past 4 MiB/);
  });
});
