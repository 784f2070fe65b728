import type { Io } from '../cli/io.js';
import { HandledError } from '../core/errors.js';
import { maskSecret } from '../core/mask.js';
import type { FaultName } from './faults.js';
import { modelsNeedingSwitch, PROFILES, type Profile, type ProfileName } from './profiles.js';
import { startMockProvider } from './server.js';

/** `lc-doctor mock-provider` options after commander parsed them. */
export interface MockProviderCommandOptions {
  host: string;
  port: number;
  apiKey?: string;
  profile: ProfileName;
  /** Serve these ids instead of the profile's (`--models a,b`). */
  models?: string[];
  fault?: FaultName;
  latencyMs?: number;
  chunkDelayMs?: number;
}

/**
 * Starts the server, prints where it listens and a librechat.yaml entry that uses it, then waits
 * for `untilStopped` (SIGINT/SIGTERM in the CLI) and closes.
 */
export async function runMockProviderCommand(options: MockProviderCommandOptions, io: Io, untilStopped: () => Promise<void>): Promise<number> {
  const provider = await startMockProvider({
    host: options.host,
    port: options.port,
    profile: options.profile,
    ...(options.models ? { models: options.models } : {}),
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    ...(options.fault ? { fault: options.fault } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.chunkDelayMs !== undefined ? { chunkDelayMs: options.chunkDelayMs } : {}),
  }).catch((error: unknown) => {
    throw listenFailure(error, options);
  });
  const profile = PROFILES[options.profile];
  io.stdout(`mock provider (${profile.name}${options.fault ? `, fault ${options.fault}` : ''}) listening on ${provider.url}\n`);
  io.stdout(`key: ${options.apiKey ? maskSecret(options.apiKey) : 'any (no --api-key given)'}\n\n`);
  io.stdout(describeLibreChatSetup(profile, options, new URL(provider.url).port));
  // Signal handlers only once the server runs: a failed start leaves Ctrl+C alone.
  await untilStopped();
  await provider.close();
  io.stderr('mock provider stopped\n');
  return 0;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The librechat.yaml entry and .env line that reach this server. A loopback-bound server is
 * reachable only from LibreChat on the same host; a LibreChat container needs a non-loopback bind
 * and `host.docker.internal`, so the entry never points Docker at an address it cannot reach.
 */
export function describeLibreChatSetup(profile: Profile, options: Pick<MockProviderCommandOptions, 'host' | 'apiKey' | 'models'>, port: string): string {
  const loopback = LOOPBACK.has(options.host);
  const host = loopback ? '127.0.0.1' : 'host.docker.internal';
  const models = options.models ?? profile.models;
  const switchOn = modelsNeedingSwitch(profile, models).length > 0 ? profile.preset?.thinking?.on : undefined;
  return [
    'librechat.yaml entry (inside endpoints.custom):',
    `  - name: "Mock ${profile.name}"`,
    `    apiKey: "\${MOCK_PROVIDER_KEY}"`,
    `    baseURL: "http://${host}:${port}/v1"`,
    `    models:`,
    `      default: [${models.map((m) => JSON.stringify(m)).join(', ')}]`,
    ...(switchOn ? ['    addParams:', ...Object.entries(switchOn).map(([key, value]) => `      ${key}: ${JSON.stringify(value)}`)] : []),
    '',
    // The key was typed on this command line; it is still never echoed.
    options.apiKey ? '.env: MOCK_PROVIDER_KEY= followed by the --api-key value' : '.env: MOCK_PROVIDER_KEY=mock',
    ...(loopback ? [`LibreChat in Docker cannot reach 127.0.0.1 here: restart with --host 0.0.0.0 and use http://host.docker.internal:${port}/v1`] : []),
    '',
    'press Ctrl+C to stop',
    '',
  ].join('\n');
}

/** A port or address the server cannot take is the user's to change, not an lc-doctor bug. */
function listenFailure(error: unknown, options: Pick<MockProviderCommandOptions, 'host' | 'port'>): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new HandledError(`port ${options.port} on ${options.host} is already in use`, 'pick another --port, or --port 0 for any free port');
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new HandledError(`cannot listen on ${options.host}: not an address of this machine`, 'use --host 127.0.0.1 (the default)');
  if (code === 'EACCES') return new HandledError(`no permission to listen on port ${options.port}`, 'use a port above 1023, or --port 0');
  return error;
}
