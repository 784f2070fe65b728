import { maskSecret } from '../../core/mask.js';
import type { MockProviderCommandOptions, MockProviderView } from '../../mock-provider/command.js';
import { modelsNeedingSwitch, type Profile } from '../../mock-provider/profiles.js';
import { words } from '../i18n/index.js';

export const mockProviderView: MockProviderView = {
  started: (profile, options, url) =>
    `${words().mockProvider.listening(profile.name, options.fault, url)}\n` +
    `${words().mockProvider.key(options.apiKey ? maskSecret(options.apiKey) : undefined)}\n\n` +
    describeLibreChatSetup(profile, options, new URL(url).port),
  stopped: () => `${words().mockProvider.stopped}\n`,
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
  const t = words().mockProvider;
  return [
    t.entryCaption,
    `  - name: "Mock ${profile.name}"`,
    `    apiKey: "\${MOCK_PROVIDER_KEY}"`,
    `    baseURL: "http://${host}:${port}/v1"`,
    `    models:`,
    `      default: [${models.map((m) => JSON.stringify(m)).join(', ')}]`,
    ...(switchOn ? ['    addParams:', ...Object.entries(switchOn).map(([key, value]) => `      ${key}: ${JSON.stringify(value)}`)] : []),
    '',
    // The key was typed on this command line; it is still never echoed.
    options.apiKey ? t.envFromOption : '.env: MOCK_PROVIDER_KEY=mock',
    ...(loopback ? [t.dockerNote(`http://host.docker.internal:${port}/v1`)] : []),
    '',
    t.stop,
    '',
  ].join('\n');
}
