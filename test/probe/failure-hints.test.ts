import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startMockProvider, type MockProvider } from '../../src/mock-provider/index.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { captureIo, FAKE_KEY } from './helpers.js';

/** Network and stream failures: one line in the user's words plus a hint, over real sockets. */
let stall: MockProvider;
let closedPort: number;
let dir: Awaited<ReturnType<typeof makeTempDir>>;

/** A port that was just free: nothing listens there, so connecting is refused. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  stall = await startMockProvider({ profile: 'deepseek', apiKey: FAKE_KEY, fault: 'stall' });
  closedPort = await freePort();
  dir = await makeTempDir('lc-doctor-hints-');
  const entry = (name: string, baseURL: string) => [`    - name: ${name}`, '      apiKey: "${KEY}"', `      baseURL: "${baseURL}"`, '      models:', '        default: ["deepseek-flash"]'];
  await dir.write('librechat.yaml', ['version: 1.2.8', 'endpoints:', '  custom:', ...entry('Closed', `http://127.0.0.1:${closedPort}/v1`), ...entry('Stalls', stall.url), ''].join('\n'));
  await dir.write('.env', `KEY=${FAKE_KEY}\n`);
});
afterAll(async () => {
  await stall.close();
  await dir.remove();
});

async function probe(...args: string[]) {
  const io = captureIo({}, dir.path);
  const code = await main(['probe', ...args], io);
  return { code, out: io.out() };
}

describe('failure hints', () => {
  test('connection refused: says so and hints at the host/port and Docker loopback', async () => {
    const { code, out } = await probe('Closed');
    expect(code).toBe(1);
    expect(out).toContain(`connection refused: connect ECONNREFUSED 127.0.0.1:${closedPort}`);
    expect(out).toMatch(/hint: nothing listens at that host and port: check baseURL/);
  });

  test('a stalled stream: plain words instead of undici\'s, and the option to raise', async () => {
    const { code, out } = await probe('Stalls', '--stall-timeout', '0.3');
    expect(code).toBe(1);
    expect(out).toContain('stream stalled: no bytes arrived within the stall timeout');
    expect(out).not.toContain('Body Timeout Error');
    expect(out).toContain('raise --stall-timeout');
  });

  test('the overall --timeout: plain words and a hint', async () => {
    const { out } = await probe('Stalls', '--timeout', '0.3');
    expect(out).toContain('timed out: the request did not finish within the time limit');
    expect(out).toContain('hint: no complete answer within --timeout seconds');
  });
});
