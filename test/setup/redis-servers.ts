import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/**
 * Real redis-server processes for the cache tests: loopback only, no persistence, temp dirs,
 * killed afterwards. Missing binaries are installed when possible (root + apt-get), otherwise
 * the tests fail with the package name: they are never skipped silently.
 */

export interface RedisServer {
  port: number;
  /** The redis-server process, for tests that freeze (SIGSTOP) or kill it. */
  pid: number;
  uri: (db?: number) => string;
  stop: () => Promise<void>;
}

export interface RedisClusterServers {
  ports: number[];
  /** Comma list of all nodes, as REDIS_URI for LibreChat's cluster mode. */
  uri: string;
  stop: () => Promise<void>;
}

function hasBinary(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Makes sure redis-server and redis-cli exist (Debian package `redis-server`). */
export function ensureRedisBinaries(): void {
  if (hasBinary('redis-server') && hasBinary('redis-cli')) return;
  if (process.getuid?.() === 0 && hasBinary('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'ignore', env });
    if (hasBinary('redis-server') && hasBinary('redis-cli')) return;
  }
  throw new Error('redis-server/redis-cli not found: install the Debian package `redis-server` (apt-get install -y redis-server); the cache tests need a real Redis');
}

/** A free loopback TCP port (and, for cluster nodes, its bus port +10000 too). */
export async function freePort(withBus = false): Promise<number> {
  for (;;) {
    const port = await listenOnce(0);
    if (!withBus) return port;
    if (port + 10000 < 65536 && (await listenOnce(port + 10000).catch(() => 0)) !== 0) return port;
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForPing(port: number, password?: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis({ port, host: '127.0.0.1', password, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      client.disconnect();
    }
  }
}

function spawnRedis(port: number, dir: string, extra: string[]): ChildProcess {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'no', ...extra];
  const child = spawn('redis-server', args, { stdio: 'ignore' });
  child.unref();
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Starts one standalone redis-server; `password` sets requirepass. */
/** Empties a server between cases, so each starts from what it seeds itself. */
export async function flushRedis(server: RedisServer): Promise<void> {
  const client = new Redis(server.uri());
  await client.flushall();
  client.disconnect();
}

export async function startRedis(options: { password?: string } = {}): Promise<RedisServer> {
  ensureRedisBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-redis-'));
  const port = await freePort();
  const child = spawnRedis(port, dir, options.password ? ['--requirepass', options.password] : []);
  await waitForPing(port, options.password);
  const auth = options.password ? `:${encodeURIComponent(options.password)}@` : '';
  return {
    port,
    pid: child.pid!,
    uri: (db = 0) => `redis://${auth}127.0.0.1:${port}/${db}`,
    stop: async () => {
      await kill(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts three cluster-enabled nodes and joins them with `redis-cli --cluster create` (3 masters). */
export async function startRedisCluster(): Promise<RedisClusterServers> {
  ensureRedisBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort(true);
    const nodeDir = join(dir, String(port));
    execFileSync('mkdir', ['-p', nodeDir]);
    children.push(spawnRedis(port, nodeDir, ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000']));
    ports.push(port);
  }
  const stop = async () => {
    await Promise.all(children.map(kill));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all(ports.map((p) => waitForPing(p)));
    execFileSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'ignore' });
    await waitForClusterOk(ports);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ports, uri: ports.map((p) => `redis://127.0.0.1:${p}`).join(','), stop };
}

async function waitForClusterOk(ports: number[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const states = ports.map((p) => execFileSync('redis-cli', ['-p', String(p), 'cluster', 'info'], { encoding: 'utf8' }));
    if (states.every((s) => s.includes('cluster_state:ok'))) return;
    if (Date.now() > deadline) throw new Error('Redis cluster did not reach cluster_state:ok');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface TlsRedisServer extends RedisServer {
  /** PEM file of the CA that signed the server certificate (for REDIS_CA). */
  caFile: string;
}

/** A TLS-only redis-server with a fresh CA and a certificate for 127.0.0.1 (openssl CLI). */
export async function startTlsRedis(): Promise<TlsRedisServer> {
  ensureRedisBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'lc-doctor-tls-'));
  const f = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore', cwd: dir });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=lc-doctor test CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1');
  execFileSync('sh', ['-c', `printf 'subjectAltName=IP:127.0.0.1\\n' > ${f('san.ext')}`]);
  openssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '2', '-extfile', f('san.ext'));
  const port = await freePort();
  const child = spawnRedis(0, dir, ['--tls-port', String(port), '--tls-cert-file', f('server.pem'), '--tls-key-file', f('server.key'), '--tls-ca-cert-file', f('ca.pem'), '--tls-auth-clients', 'no']);
  const ca = readFileSync(f('ca.pem'), 'utf8');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis({ port, host: '127.0.0.1', tls: { ca }, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      break;
    } catch (error) {
      client.disconnect();
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    port,
    pid: child.pid!,
    caFile: f('ca.pem'),
    uri: (db = 0) => `rediss://127.0.0.1:${port}/${db}`,
    stop: async () => {
      await kill(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
