import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempDir } from '../helpers/temp-dir.js';
import { freePort } from '../setup/redis-servers.js';

/**
 * Issue 14 items 18-21: one deployment whose every secret is distinctive (URL credentials, keys
 * of 5 characters, header values, Redis and MongoDB passwords), run through every command in
 * every output format, against a provider that echoes the key it was sent, wrapped in terminal
 * escape sequences. No secret may appear in any output or in any file a command writes.
 */

const SECRETS = {
  shortKey: 'q7Zr4',
  openAiKey: 'sk-distinct-openai-key-000111222333444',
  proxyPassword: 'ProxyPw-4410',
  urlPassword: 'UrlPw-5577',
  headerKey: 'HdrKey-3319',
  headerBearer: 'HdrBearer-2288',
  redisPassword: 'RedisPw-8822',
  mongoPassword: 'MongoPw-6633',
  newUrlPassword: 'NewUrlPw-1177',
  privateKeyBody: 'MIIEprivateBODY0987',
};

/** A provider that answers every request 401, quoting the credentials it got, inside escape sequences. */
function startEchoingProvider(): Promise<Server> {
  const server = createServer((req, res) => {
    const got = `${req.headers.authorization ?? ''} ${String(req.headers['x-api-key'] ?? '')}`;
    const message = `\x1b]0;pwned title\x07\x1b[2J\x1b[31mIncorrect API key provided: ${got}\x1b[0m\x1b[1A`;
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', code: 'invalid_api_key' } }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let provider: Server;
let dir: Awaited<ReturnType<typeof makeTempDir>>;
const outputs: Array<{ command: string; text: string }> = [];

beforeAll(async () => {
  provider = await startEchoingProvider();
  const port = (provider.address() as AddressInfo).port;
  const dead = await freePort();
  dir = await makeTempDir('lc-doctor-secrets-');
  await dir.write(
    'librechat.yaml',
    [
      'version: 1.2.1',
      'endpoints:',
      '  custom:',
      '    - name: hostile',
      '      apiKey: "${SHORT_KEY}"',
      `      baseURL: "http://urluser:${SECRETS.urlPassword}@127.0.0.1:${port}/v1"`,
      '      models:',
      '        default: ["m1"]',
      '      headers:',
      `        x-api-key: "${SECRETS.headerKey}"`,
      `        Authorization: "Bearer ${SECRETS.headerBearer}"`,
      '',
    ].join('\n'),
  );
  await dir.write(
    '.env',
    [
      `SHORT_KEY=${SECRETS.shortKey}`,
      `OPENAI_API_KEY=${SECRETS.openAiKey}`,
      `OPENAI_REVERSE_PROXY=http://proxyuser:${SECRETS.proxyPassword}@127.0.0.1:${port}/v1`,
      'USE_REDIS=true',
      `REDIS_URI=redis://:${SECRETS.redisPassword}@127.0.0.1:${dead}`,
      `MONGO_URI=mongodb://lc:${SECRETS.mongoPassword}@127.0.0.1:${dead}/LibreChat`,
      `JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----`,
      SECRETS.privateKeyBody,
      '-----END PRIVATE KEY-----"',
      'DEBUG_LOGGING=maybe',
      '',
    ].join('\n'),
  );
}, 30_000);

afterAll(async () => {
  provider?.close();
  await dir?.remove();
});

const RUNS: string[][] = [
  ...['stylish', 'json', 'github', 'sarif', 'junit'].map((format) => ['validate', '-f', format]),
  ['validate', '--strict'],
  ...['stylish', 'json', 'markdown'].map((format) => ['check-models', '-f', format, '--no-cache-check']),
  ['check-models', '--verbose'],
  ['check-models', '--why', 'm1', '--no-cache-check'],
  ['probe', 'hostile', '--timeout', '5'],
  ['probe', 'hostile', '--timeout', '5', '--json'],
  ['probe', 'hostile', '--timeout', '5', '--verbose'],
  ['probe', 'openAI', '--timeout', '5'],
  ['add-endpoint', 'deepseek', '--dry-run'],
  ['add-endpoint', 'deepseek', '--dry-run', '--json'],
  ['add-endpoint', 'deepseek', '--print'],
  ['add-endpoint', 'deepseek', '--method', 'openai', '--dry-run'],
  ['add-endpoint', 'generic', '--name', 'leaky', '--base-url', `http://u:${SECRETS.newUrlPassword}@10.0.0.1/v1`, '--models', 'x', '--yes'],
  ['clear-models-cache', '--dry-run'],
  ['clear-models-cache', '--dry-run', '--format', 'json'],
  ['clear-models-cache', '--dry-run', '--skip-mongo', '--redis-uri', `redis://:${SECRETS.redisPassword}@127.0.0.1:1`],
];

describe('every secret stays masked', () => {
  it.each(RUNS.map((argv) => [argv.join(' '), argv] as const))('lc-doctor %s', async (_, argv) => {
    const result = await runCli(argv, { cwd: dir.path });
    const text = result.stdout + result.stderr;
    outputs.push({ command: argv.join(' '), text });
    expect(result.code, text).toBeLessThanOrEqual(2);
    for (const [name, secret] of Object.entries(SECRETS)) expect({ name, leaked: text.includes(secret) }, text).toEqual({ name, leaked: false });
    // eslint-disable-next-line no-control-regex -- the escapes the provider sent must not reach the terminal
    expect(text).not.toMatch(/\x07|\x1b[\]P^_]|\x1b\[[0-9;]*[A-HJKSTf]/);
    if (argv.includes('json') && result.stdout !== '') {
      // Still valid JSON, and no escaped control character left for a consumer to print.
      expect(JSON.stringify(JSON.parse(result.stdout))).not.toMatch(/\\u00(?:[01][0-9a-f]|7f)/i);
    }
  }, 30_000);

  it('the probe did reach the provider and reports its (masked) answer', () => {
    const probe = outputs.find((o) => o.command === 'probe hostile --timeout 5');
    expect(probe?.text).toMatch(/Incorrect API key provided/);
  });

  it('no file in the deployment gained a secret it did not hold before', async () => {
    const config = await readFile(join(dir.path, 'librechat.yaml'), 'utf8');
    expect(config).not.toContain(SECRETS.newUrlPassword);
    const names = await readdir(dir.path);
    for (const name of names) expect(await readFile(join(dir.path, name), 'utf8')).not.toContain(SECRETS.newUrlPassword);
  });

  it('validate flags the password inside baseURL and the literal header credentials', () => {
    const validate = outputs.find((o) => o.command === 'validate -f stylish')!.text;
    expect(validate).toContain('holds a password inside a URL');
    expect(validate).toContain('holds a credential in the x-api-key header');
    expect(validate).toContain('holds a credential in the Authorization header');
  });
});
