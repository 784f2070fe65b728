/**
 * Plain data produced by the model-list engine. Nothing here holds wording: formatters in
 * `src/report/check-models/` turn step codes and their arguments into sentences.
 */

/** Where one model id in a resolved list came from. */
export type ModelOrigin =
  /** LibreChat's built-in `defaultModels.<list>` of the targeted version. */
  | { kind: 'default-list'; list: string }
  /** A comma list in the environment, e.g. `OPENAI_MODELS`. */
  | { kind: 'env-list'; variable: string }
  /** `models.default` (or another YAML list) at this JSON pointer. */
  | { kind: 'yaml-list'; pointer: string; /** The item's position in that list. */ index: number }
  /** Returned by the provider's model list at this URL. */
  | { kind: 'fetched'; url: string };

export interface ResolvedModel {
  id: string;
  origin: ModelOrigin;
}

/** How a step of LibreChat's decision path went. `stop` means a model or endpoint drops out here. */
export type StepOutcome = 'pass' | 'info' | 'warn' | 'stop';

/** A fix the user can apply: a .env line, a YAML snippet or a command. */
export interface Fix {
  kind: 'env' | 'yaml' | 'command';
  text: string;
  /** A whole `endpoints.custom` item to add as well (a `titleEndpoint` fix names it), as YAML. */
  addEntry?: string;
}

/**
 * One step of LibreChat's decision path for an endpoint. `code` names the step, `args` carries
 * the facts the formatter words (never secrets).
 */
export interface DecisionStep {
  code: StepCode;
  outcome: StepOutcome;
  args: Record<string, string | number | boolean | string[]>;
  fix?: Fix;
}

export type StepCode =
  | 'entry-missing-field'
  | 'entry-duplicate-name'
  | 'endpoint-not-enabled'
  | 'endpoint-enabled'
  | 'endpoints-allow-list'
  | 'endpoints-allow-list-case'
  | 'custom-always-shown'
  | 'env-list-replaces'
  | 'env-list-suspicious'
  | 'yaml-list-wins'
  | 'user-provided-defaults'
  | 'user-provided-fetch-later'
  | 'fetch-disabled'
  | 'fetch-url'
  | 'fetch-ok'
  | 'fetch-failed'
  | 'fetch-empty'
  | 'fetch-chat-completions-url'
  | 'fetch-trailing-slash'
  | 'ollama-tags'
  | 'openai-filter'
  | 'fallback-defaults'
  | 'default-list'
  | 'yaml-defaults'
  | 'unresolved-variable'
  /** A key variable holds `${OTHER}` as literal text (dotenv never expands it; Compose's env_file would). */
  | 'env-literal-reference';

/** The outcome of one model-list request (LibreChat's own fetch or lc-doctor's look-up). */
export type FetchOutcome =
  | { ok: true; url: string; status: number; ids: string[] }
  | { ok: false; url: string; reason: FetchFailure; status?: number; message: string };

export type FetchFailure = 'http' | 'network' | 'timeout' | 'shape' | 'invalid-url';

export type EndpointKind = 'builtin' | 'custom';

/** Final state of an endpoint in LibreChat's model selector. */
export type EndpointStatus =
  /** Shown, with the list LibreChat's fetch (or the configured list) produced. */
  | 'shown'
  /** Shown, but with a fallback list because the fetch failed or returned nothing. */
  | 'fallback'
  /** Not shown: hidden by `ENDPOINTS` or not enabled by a key. */
  | 'hidden'
  /** Not shown: the custom entry is dropped at load time. */
  | 'dropped';

export interface EndpointResolution {
  /** Endpoint key as LibreChat uses it (custom names normalised like LibreChat). */
  name: string;
  kind: EndpointKind;
  /** JSON pointer of the custom entry (`/endpoints/custom/2`); absent for env-only built-ins. */
  pointer?: string;
  status: EndpointStatus;
  /** The list LibreChat will show (empty when hidden or dropped). */
  models: ResolvedModel[];
  /** Model ids the admin wrote down (OPENAI_MODELS, models.default ...): the ids expected to show. */
  configured: ResolvedModel[];
  /** LibreChat's decision path for this endpoint, in order. */
  steps: DecisionStep[];
  /** LibreChat's own model fetch, when it made one. */
  fetch?: FetchOutcome;
  /**
   * How LibreChat names this fetch in its `MODEL_QUERIES` cache: the base URL (up to 0.8.4) and
   * the 0.8.5+ digest of base URL and key (a digest, never the key itself).
   */
  cacheIds?: string[];
  /** lc-doctor's read-only look at the provider's list when LibreChat does not fetch (for near-misses). */
  providerList?: FetchOutcome;
}

/** Everything the engine knows after walking LibreChat's path for every endpoint. */
export interface ModelResolution {
  librechatVersion: string;
  endpoints: EndpointResolution[];
  /** `ENDPOINTS` as LibreChat parses it, or the default order when unset. */
  enabledEndpoints: string[];
}
