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
  /**
   * Titles from a second entry (`titleEndpoint`) asking this model with these addParams: the
   * setup for a provider whose models all think unless told not to (DeepSeek).
   */
  titles?: { model: string; addParams: string[] };
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    name: 'deepseek',
    keyVariable: 'DEEPSEEK_API_KEY',
    apiKey: 'sk-test-fake-demo-deepseek-0000000001',
    mock: { profile: 'deepseek' },
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    titles: { model: 'deepseek-flash', addParams: ['thinking:', '  type: "disabled"'] },
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
  const entries = DEMO_PROVIDERS.flatMap((p, i) => {
    const entry = (name: string, models: string[], title: string[]) => [
      `    - name: "${name}"`,
      `      apiKey: "\${${p.keyVariable}}"`,
      `      baseURL: "${urls[i]}"`,
      `      models:`,
      `        default: [${models.map((m) => `"${m}"`).join(', ')}]`,
      `        fetch: false`,
      `      titleConvo: true`,
      ...title,
    ];
    if (!p.titles) return [entry(p.name, p.models, [`      titleModel: "${p.models.at(-1)}"`])];
    const titleName = `${p.name}-titles`;
    return [
      entry(p.name, p.models, [`      titleEndpoint: "${titleName}"`, `      titleModel: "${p.titles.model}"`]),
      entry(titleName, [p.titles.model], [`      titleModel: "${p.titles.model}"`, '      addParams:', ...p.titles.addParams.map((line) => `        ${line}`)]),
    ];
  });
  return ['version: "1.3.17"', 'endpoints:', '  custom:', ...entries.map((lines) => lines.join('\n')), ''].join('\n');
}

export function demoEnv(): string {
  return DEMO_PROVIDERS.map((p) => `${p.keyVariable}=${p.apiKey}`).join('\n') + '\n';
}
