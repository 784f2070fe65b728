import type { Io } from '../cli/io.js';
import { maskSecret } from '../core/mask.js';
import type { FaultName } from './faults.js';
import { PROFILES, type ProfileName } from './profiles.js';
import { startMockProvider } from './server.js';

/** `lc-doctor mock-provider` options after commander parsed them. */
export interface MockProviderCommandOptions {
  host: string;
  port: number;
  apiKey?: string;
  profile: ProfileName;
  fault?: FaultName;
  latencyMs?: number;
  chunkDelayMs?: number;
}

/**
 * Starts the server, prints where it listens and a librechat.yaml entry that uses it, then waits
 * for `stopped` (SIGINT/SIGTERM in the CLI) and closes.
 */
export async function runMockProviderCommand(options: MockProviderCommandOptions, io: Io, stopped: Promise<void>): Promise<number> {
  const provider = await startMockProvider({
    host: options.host,
    port: options.port,
    profile: options.profile,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
    ...(options.fault ? { fault: options.fault } : {}),
    ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
    ...(options.chunkDelayMs !== undefined ? { chunkDelayMs: options.chunkDelayMs } : {}),
  });
  const profile = PROFILES[options.profile];
  io.stdout(`mock provider (${profile.name}${options.fault ? `, fault ${options.fault}` : ''}) listening on ${provider.url}\n`);
  io.stdout(`key: ${options.apiKey ? maskSecret(options.apiKey) : 'any (no --api-key given)'}\n\n`);
  io.stdout(`librechat.yaml entry (inside endpoints.custom):\n`);
  io.stdout(
    [
      `  - name: "Mock ${profile.name}"`,
      `    apiKey: "\${MOCK_PROVIDER_KEY}"`,
      `    baseURL: "${provider.url.replace('127.0.0.1', 'host.docker.internal')}"`,
      `    models:`,
      `      default: [${profile.models.map((m) => JSON.stringify(m)).join(', ')}]`,
      ...(profile.needsThinkingFlag ? ['    addParams:', '      enable_thinking: true'] : []),
      '',
      'press Ctrl+C to stop',
      '',
    ].join('\n'),
  );
  await stopped;
  await provider.close();
  io.stderr('mock provider stopped\n');
  return 0;
}
