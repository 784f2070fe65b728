import type { Io } from '../core/io.js';
import { HandledError } from '../core/errors.js';
import type { FaultName } from './faults.js';
import { PROFILES, type Profile, type ProfileName } from './profiles.js';

/** What the running server tells the user, supplied by the CLI from `src/report/mock-provider/`. */
export interface MockProviderView {
  /** Where it listens, the key, and the librechat.yaml entry and .env line that reach it. */
  started(profile: Profile, options: MockProviderCommandOptions, url: string): string;
  stopped(): string;
}
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
export async function runMockProviderCommand(options: MockProviderCommandOptions, io: Io, view: MockProviderView, untilStopped: () => Promise<void>): Promise<number> {
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
  io.stdout(view.started(profile, options, provider.url));
  // Signal handlers only once the server runs: a failed start leaves Ctrl+C alone.
  await untilStopped();
  await provider.close();
  io.stderr(view.stopped());
  return 0;
}

/** A port or address the server cannot take is the user's to change, not an lc-doctor bug. */
function listenFailure(error: unknown, options: Pick<MockProviderCommandOptions, 'host' | 'port'>): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new HandledError({ code: 'mock.port-in-use', params: { host: options.host, port: options.port } });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new HandledError({ code: 'mock.host', params: { host: options.host } });
  if (code === 'EACCES') return new HandledError({ code: 'mock.port-denied', params: { port: options.port } });
  return error;
}
