import type { MockProviderWords } from '../../mock-provider/words.js';

export const mockProvider: MockProviderWords = {
  listening: (profile, fault, url) => `mock provider (${profile}${fault ? `, fault ${fault}` : ''}) listening on ${url}`,
  key: (masked) => `key: ${masked ?? 'any (no --api-key given)'}`,
  entryCaption: 'librechat.yaml entry (inside endpoints.custom):',
  envFromOption: '.env: MOCK_PROVIDER_KEY= followed by the --api-key value',
  dockerNote: (url) => `LibreChat in Docker cannot reach 127.0.0.1 here: restart with --host 0.0.0.0 and use ${url}`,
  stop: 'press Ctrl+C to stop',
  stopped: 'mock provider stopped',
};
