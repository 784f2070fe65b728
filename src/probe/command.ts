import type { Io } from '../core/io.js';
import { displayPath, loadDeployment } from '../config/load-deployment.js';
import { summarizeRuntime, type RuntimeChoice, type RuntimeSummary } from '../config/runtime.js';
import type { LoadedYaml } from '../config/load-yaml.js';
import { HandledError, UsageError } from '../core/errors.js';
import { isMaskableSecret, maskSecret, redact } from '../core/mask.js';
import { chooseTarget } from '../schema/targets.js';
import { deploymentFolder, detectDeploymentVersion } from '../deployment-version/index.js';
import { buildReport, exitCodeFor, type ProbeReport, type SentRequest } from './report.js';
import { buildChatRequest } from './request.js';
import { listModels, mapWithConcurrency, PROBE_DEFAULTS, runProbes } from './run-probes.js';
import { collectProbeTargets } from './targets.js';
import type { ProbeOptions, ProbeProgressEvent, ProbeResult, ProbeTarget } from './types.js';

/** `lc-doctor probe` options after commander parsed them. */
export interface ProbeCommandOptions {
  endpoints: string[];
  config?: string;
  env?: string;
  model: string[];
  allModels: boolean;
  prompt?: string;
  maxTokens?: number;
  concurrency: number;
  /** Seconds. */
  timeout: number;
  connectTimeout: number;
  stallTimeout: number;
  turns: 1 | 2;
  keyStdin: boolean;
  listModels: boolean;
  verbose: boolean;
  librechatVersion?: string;
  runtime?: RuntimeChoice;
}

/** How the run is shown: supplied by the CLI from `src/report/probe/`, so this folder holds no wording. */
export interface ProbeView {
  render(report: ProbeReport): string;
  /** Live progress while probes run (a terminal or CI); absent when only the report is wanted. */
  progress?: { onEvent(event: ProbeProgressEvent): void; finish(): void };
}

/** Loads config and .env, probes, prints the report; returns the exit code. */
export async function runProbeCommand(options: ProbeCommandOptions, io: Io, view: ProbeView, readKey: () => Promise<string>): Promise<number> {
  const { config, configName, environment, folder, runtime } = await loadProbeDeployment(options, io);
  // Without librechat.yaml (LibreChat runs without one) only the .env-configured OpenAI endpoint is probed.
  const suppliedKey = options.keyStdin ? await readSuppliedKey(options.endpoints, config.value, environment, readKey) : undefined;
  const evidence = options.librechatVersion ? undefined : await detectDeploymentVersion(folder, io.env);
  const librechatVersion = chooseTarget(options.librechatVersion, (config.value as { version?: unknown } | null)?.version, evidence).target.librechatVersion;
  const collected = collectProbeTargets(config.value, environment, { endpoints: options.endpoints, ...(suppliedKey ? { suppliedKey } : {}) });
  if (collected.targets.length + collected.skipped.length === 0) throw nothingToProbe(options.endpoints, config.value, environment, configName);
  const probeOptions = toProbeOptions(options, environment, librechatVersion);
  const progress = view.progress;
  const results = await runProbes(collected.targets, probeOptions, (event) => progress?.onEvent(event)).finally(() => progress?.finish());
  const listed = collected.targets.filter((t) => t.fetchModels || options.listModels);
  const modelLists = await mapWithConcurrency(listed, options.concurrency, (target) => listModels(target, probeOptions));
  const report = buildReport({
    librechatVersion,
    runtime,
    results,
    modelLists,
    skipped: collected.skipped,
    ...(options.verbose ? { requests: describeRequests(collected.targets, results, probeOptions) } : {}),
  });
  io.stdout(redact(view.render(report), secretsOf(collected.targets, suppliedKey)));
  return exitCodeFor(report);
}

/**
 * `--key-stdin`: one key for one provider. It fills every selected endpoint whose key is
 * user_provided or unset, so more than one such endpoint would send the key to other origins.
 */
async function readSuppliedKey(wanted: string[], config: unknown, environment: Record<string, string>, readKey: () => Promise<string>): Promise<string> {
  const keyless = collectProbeTargets(config, environment, { endpoints: wanted }).skipped.filter((s) => (s.field === 'apiKey' || s.field === 'OPENAI_API_KEY') && (s.reason === 'user-provided' || s.reason === 'unresolved-variable'));
  if (keyless.length > 1) {
    const names = keyless.map((s) => s.name);
    throw new UsageError({ code: 'probe.key-for-many', params: { endpoints: names } });
  }
  const key = await readKey();
  if (!key) throw new UsageError({ code: 'probe.key-empty', params: {} });
  return key;
}

/** Why no endpoint was found, as a one-line error with a hint (exit 2), instead of an empty report. */
function nothingToProbe(wanted: string[], config: unknown, environment: Record<string, string>, configName: string): Error {
  const all = collectProbeTargets(config, environment);
  const known = [...all.targets, ...all.skipped].map((t) => t.name);
  if (wanted.length > 0) {
    return new UsageError({ code: 'probe.unknown-endpoint', params: { wanted, known } });
  }
  return new HandledError({ code: 'probe.nothing', params: { file: configName } });
}

/**
 * librechat.yaml and .env exactly as check-models and validate read them (`CONFIG_PATH` from the
 * environment or .env, then ./librechat.yaml), so every command looks at the same files.
 */
async function loadProbeDeployment(options: ProbeCommandOptions, io: Io): Promise<{ config: Pick<LoadedYaml, 'value'>; configName: string; environment: Record<string, string>; folder: string; runtime: RuntimeSummary }> {
  const deployment = await loadDeployment({ ...(options.config ? { config: options.config } : {}), ...(options.env ? { env: options.env } : {}), cwd: io.cwd, processEnv: io.env, runtime: options.runtime });
  const seen = { environment: deployment.environment, folder: deploymentFolder(deployment, io.cwd), runtime: summarizeRuntime(deployment.runtime, deployment.envIsExample) };
  if (deployment.configAbsent) return { config: { value: undefined }, configName: displayPath(io.cwd, deployment.configPath), ...seen };
  if (!deployment.config) throw new HandledError({ code: 'config.remote-not-local', params: { url: deployment.configPath, command: 'probe' } });
  const configName = displayPath(io.cwd, deployment.configPath);
  if (deployment.config.value === undefined) throw new HandledError({ code: 'config.yaml-errors', params: { file: configName } });
  return { config: deployment.config, configName, ...seen };
}

function toProbeOptions(options: ProbeCommandOptions, environment: Record<string, string>, librechatVersion: string): ProbeOptions {
  return {
    models: options.model,
    allModels: options.allModels,
    ...(options.prompt ? { prompt: options.prompt } : {}),
    ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
    concurrency: options.concurrency,
    timeoutMs: options.timeout * 1000,
    connectTimeoutMs: options.connectTimeout * 1000,
    stallTimeoutMs: options.stallTimeout * 1000,
    turns: options.turns,
    listModels: options.listModels,
    librechatVersion,
    environment,
  };
}

/** What was sent, for `--verbose`: header values masked, bodies as built. */
function describeRequests(targets: ProbeTarget[], results: ProbeResult[], options: ProbeOptions): SentRequest[] {
  return results.flatMap((result) => {
    const target = targets.find((t) => t.name === result.endpoint && t.source === result.source);
    if (!target) return [];
    const request = buildChatRequest(target, result.model, [{ role: 'user', content: options.prompt ?? PROBE_DEFAULTS.prompt }], {
      stream: true,
      ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
    });
    const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, isSecretHeader(k) ? maskHeader(v) : v]));
    return [{ endpoint: result.endpoint, model: result.model, url: request.url, headers, body: JSON.parse(request.body ?? '{}') as Record<string, unknown> }];
  });
}

/** Header names that carry credentials (Authorization, api-key, x-api-key, X-Auth-Token...). */
function isSecretHeader(name: string): boolean {
  return /auth|key|token|secret|cookie|password/i.test(name);
}

function maskHeader(value: string): string {
  const bearer = /^Bearer\s+(.+)$/i.exec(value);
  return bearer ? `Bearer ${maskSecret(bearer[1]!)}` : maskSecret(value);
}

/** Every value that could be a credential, so a provider echoing one cannot leak it. */
function secretsOf(targets: ProbeTarget[], suppliedKey: string | undefined): string[] {
  const secrets = targets.flatMap((t) => [t.apiKey, ...Object.entries(t.headers).filter(([name]) => isSecretHeader(name)).map(([, value]) => value.replace(/^Bearer\s+/i, ''))]);
  // Placeholder "keys" (`ollama`, `EMPTY`) are no secrets; every real key is masked, however short.
  return (suppliedKey ? [...secrets, suppliedKey] : secrets).filter(isMaskableSecret);
}
