import type { MockProviderOptions } from '../mock-provider/index.js';

/**
 * The demo deployment: three loopback providers and the librechat.yaml/.env an admin would
 * write for them, with the two mistakes the demo is about (a thinking flag left out, a model id
 * with the wrong case). Keys are obviously fake.
 */
export interface DemoProvider {
  /** Endpoint name in librechat.yaml. */
  name: string;
  /** Variable in .env holding the key. */
  keyVariable: string;
  apiKey: string;
  mock: Omit<MockProviderOptions, 'apiKey' | 'host' | 'port'>;
  /** `models.default` as the admin wrote it. */
  models: string[];
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    name: 'deepseek',
    keyVariable: 'DEEPSEEK_API_KEY',
    apiKey: 'sk-test-fake-demo-deepseek-0000000001',
    mock: { profile: 'deepseek' },
    models: ['deepseek-reasoner', 'deepseek-chat'],
  },
  {
    name: 'qwen',
    keyVariable: 'DASHSCOPE_API_KEY',
    apiKey: 'sk-test-fake-demo-dashscope-000000002',
    mock: { profile: 'dashscope' },
    models: ['qwen-plus'],
  },
  {
    name: 'siliconflow',
    keyVariable: 'SILICONFLOW_API_KEY',
    apiKey: 'sk-test-fake-demo-siliconflow-0000003',
    mock: { profile: 'siliconflow', models: ['deepseek-ai/DeepSeek-V3.2-Exp', 'Qwen/Qwen2.5-72B-Instruct'] },
    models: ['deepseek-ai/DeepSeek-V3.2-exp', 'Qwen/Qwen2.5-72B-Instruct'],
  },
];

/** The model the demo asks `--why` about: the typo. */
export const DEMO_WHY_MODEL = 'deepseek-ai/DeepSeek-V3.2-exp';

/** librechat.yaml for the started providers (`urls[i]` is provider i's base URL). */
export function demoConfigYaml(urls: string[]): string {
  const entries = DEMO_PROVIDERS.map((p, i) =>
    [
      `    - name: "${p.name}"`,
      `      apiKey: "\${${p.keyVariable}}"`,
      `      baseURL: "${urls[i]}"`,
      `      models:`,
      `        default: [${p.models.map((m) => `"${m}"`).join(', ')}]`,
      `        fetch: false`,
      `      titleConvo: true`,
      `      titleModel: "${p.models.at(-1)}"`,
    ].join('\n'),
  );
  return ['version: "1.3.17"', 'endpoints:', '  custom:', ...entries, ''].join('\n');
}

export function demoEnv(): string {
  return DEMO_PROVIDERS.map((p) => `${p.keyVariable}=${p.apiKey}`).join('\n') + '\n';
}
