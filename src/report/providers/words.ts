import type { ModelsEndpoint, ProviderNote } from '../../providers/index.js';

/** What a language must say for `lc-doctor providers`: the table, one preset's detail, and every preset note. */
export interface ProvidersWords {
  notes: Record<ProviderNote, string>;
  /** Whether `GET {baseURL}/models` works, as the table and the detail say it. */
  modelsEndpoint: Record<ModelsEndpoint, string>;
  columns: { provider: string; label: string; regions: string; keyVariable: string; models: string; thinking: string };
  /** A server that needs no key: what the entry's apiKey says instead. */
  noKeyVariable(placeholder: string): string;
  footer: string;
  detail: {
    /** `DashScope (dashscope, also bailian)`: the label (perhaps coloured), the id and its aliases. */
    title(label: string, id: string, aliases: string | undefined): string;
    region(region: string, isDefault: boolean, url: string): string;
    baseUrlRequired: string;
    key(variable: string | null, aliases: string | undefined): string;
    models: { reasoning: string; hybrid: string; plain: string };
    written(models: string, titleModel: string): string;
    thinking(on: string, off: string | undefined): string;
    reasoningField: string;
    docs: string;
    /** A labelled line: `docs: https://...`, `文档：https://...`. */
    line(label: string, value: string): string;
  };
}
