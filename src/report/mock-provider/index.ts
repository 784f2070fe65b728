import { maskSecret } from '../../core/mask.js';
import type { MockProviderCommandOptions, MockProviderView } from '../../mock-provider/command.js';
import { modelsNeedingSwitch, type Profile } from '../../mock-provider/profiles.js';

export const mockProviderView: MockProviderView = {
  started: (profile, options, url) =>
    `mock provider (${profile.name}${options.fault ? `, fault ${options.fault}` : ''}) listening on ${url}\n` +
    `key: ${options.apiKey ? maskSecret(options.apiKey) : 'any (no --api-key given)'}\n\n` +
    describeLibreChatSetup(profile, options, new URL(url).port),
  stopped: () => 'mock provider stopped\n',
};

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
