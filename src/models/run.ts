import type { Diagnostic } from '../core/diagnostic.js';
import { locatePointer } from '../config/locate.js';
import { loadDeployment, type Deployment } from '../config/load-deployment.js';
import { summarizeRuntime, type RuntimeChoice } from '../config/runtime.js';
import { describeError, UsageError } from '../core/errors.js';
import { problemOf } from '../core/problems.js';
import { BUILTIN_ENDPOINT_NAMES } from './builtin.js';
import { chooseTarget } from '../schema/targets.js';
import { deploymentFolder, describeEvidence, detectDeploymentVersion } from '../deployment-version/index.js';
import { clearCommand, compareCache, type CacheView, type ClearTarget, type InspectCache } from './cache-compare.js';
import { checkResolution, type ModelCheck } from './checks.js';
import type { FetchModelList } from './ports.js';
import type { ProbeModels } from './probe-port.js';
import type { ProbeProgressEvent } from '../probe/types.js';
import { CHECK_MODELS_SCHEMA_VERSION, summarize, type CheckModelsReport, type LocatedCheck } from './report.js';
import { resolveModelLists } from './resolve.js';
import type { ModelResolution } from './types.js';
import { explainModel } from './why.js';
import { attachCaseFixes } from './case-fixes.js';
import { checkReasoningReplay } from './reasoning-replay.js';
import { interpolate, USER_PROVIDED } from '../env/interpolate.js';
import { isMaskableSecret } from '../core/mask.js';
import { findPlainSecrets } from '../rules/hardcoded-secret.js';

export interface CheckModelsOptions {
  config?: string;
  env?: string;
  librechatVersion?: string;
  endpoint?: string;
  why?: string;
  probe: boolean;
  cacheCheck: boolean;
  cwd: string;
  processEnv: NodeJS.ProcessEnv;
  /** How LibreChat runs (default: detected from compose files in cwd). */
  runtime?: RuntimeChoice;
  /** What the printed clear command repeats (default: this run's `-e` and `--librechat-version`). */
  clearWith?: ClearTarget;
  /** Progress of `--probe` (the CLI shows it on a TTY only). */
  onProbeProgress?: (event: ProbeProgressEvent) => void;
  /** The same files already read by the caller (doctor's validate step); read from disk otherwise. */
  deployment?: Deployment;
}

/** The outside world, injected: the CLI passes real implementations, tests may pass their own. */
export interface CheckModelsPorts {
  fetchModelList: FetchModelList;
  inspectCache?: InspectCache;
  probeModels?: ProbeModels;
  /** Problems that make LibreChat ignore the YAML (syntax, schema); the resolution then runs without it. */
  validateConfig?: (deployment: Deployment, targetId: string) => Promise<Diagnostic[]>;
}

export interface CheckModelsRun {
  report: CheckModelsReport;
  /** Values to mask in any output (keys from .env and the YAML); never part of the report. */
  secrets: string[];
  /** The files as read, for `--fix`. */
  deployment: Deployment;
}

export async function runCheckModels(options: CheckModelsOptions, ports: CheckModelsPorts): Promise<CheckModelsRun> {
  const deployment = options.deployment ?? await loadDeployment({ config: options.config, env: options.env, cwd: options.cwd, processEnv: options.processEnv, runtime: options.runtime });
  const loaded = deployment.config;
  const evidence = options.librechatVersion ? undefined : await detectDeploymentVersion(deploymentFolder(deployment, options.cwd), options.processEnv);
  const { target, reason } = chooseTarget(options.librechatVersion, versionOf(loaded?.value), evidence);
  const configProblems = [...(loaded?.syntaxErrors ?? []), ...((await ports.validateConfig?.(deployment, target.id)) ?? [])].filter((d) => d.severity === 'error');
  const resolution = await resolveModelLists(
    {
      config: configProblems.length > 0 ? undefined : loaded?.value,
      environment: deployment.environment,
      librechatVersion: target.librechatVersion,
      defaultModels: target.facts.defaultModels,
      endpoint: options.endpoint,
    },
    ports.fetchModelList,
  );
  if (options.endpoint && resolution.endpoints.length === 0) throw unknownEndpoint(options.endpoint, configProblems.length > 0 ? undefined : loaded?.value);
  const checks: ModelCheck[] = [...configProblems.map((d, i) => toCheck(d, i === 0)), ...checkResolution(resolution, deployment.environment)];
  if (configProblems.length === 0) checks.push(...checkReasoningReplay(deployment, target.line));
  attachCaseFixes(checks, resolution, deployment);
  const { summary: cache, view } = await checkCache(options, ports, resolution, deployment, checks);
  const probe = await runProbe(options, ports, resolution, deployment, checks);
  const located = checks.map((check) => locate(check, deployment));
  const report: CheckModelsReport = {
    schemaVersion: CHECK_MODELS_SCHEMA_VERSION,
    target: { id: target.id, librechatVersion: target.librechatVersion, reason, evidence: describeEvidence(evidence) },
    files: { config: loaded?.file, env: deployment.envFound ? deployment.env.file : undefined },
    runtime: summarizeRuntime(deployment.runtime, deployment.envIsExample),
    enabledEndpoints: resolution.enabledEndpoints,
    endpoints: resolution.endpoints,
    checks: located,
    why: options.why ? explainModel(resolution, options.why, view && { view, clear: clearCommand(options.clearWith ?? options) }) : undefined,
    cache,
    probe,
    summary: summarize(checks, resolution.endpoints),
    exitCode: checks.some((c) => c.status === 'fail') ? 1 : 0,
  };
  // With --why the question is about one model: its verdict decides.
  if (report.why) report.exitCode = report.why.verdict === 'shown' ? 0 : 1;
  return { report, secrets: collectSecrets(deployment), deployment };
}

function unknownEndpoint(name: string, config: unknown): UsageError {
  const custom = (config as { endpoints?: { custom?: unknown } } | undefined)?.endpoints?.custom;
  const names = [...BUILTIN_ENDPOINT_NAMES, ...(Array.isArray(custom) ? custom.map((e: unknown) => (e as { name?: unknown })?.name).filter((n): n is string => typeof n === 'string') : [])];
  return new UsageError({ code: 'check-models.unknown-endpoint', params: { name, known: names } });
}

function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
}

/** `first` carries the consequence (the file is not loaded) so it is said once. */
function toCheck(diagnostic: Diagnostic, first: boolean): LocatedCheck {
  const range = diagnostic.range;
  return {
    code: 'config-problem',
    status: 'fail',
    pointer: diagnostic.pointer,
    args: { rule: diagnostic.ruleId, finding: { code: diagnostic.code, params: diagnostic.params }, first },
    location: range ? { file: diagnostic.file, ...range } : undefined,
  };
}

function locate(check: LocatedCheck, deployment: Deployment): LocatedCheck {
  if (check.location || check.pointer === undefined || !deployment.config || check.code === 'config-problem') return check;
  return { ...check, location: { file: deployment.config.file, ...locatePointer(deployment.config, check.pointer) } };
}

async function checkCache(options: CheckModelsOptions, ports: CheckModelsPorts, resolution: ModelResolution, deployment: Deployment, checks: ModelCheck[]): Promise<{ summary: CheckModelsReport['cache']; view?: CacheView }> {
  if (!options.cacheCheck) return { summary: { checked: false, skipped: 'option' } };
  if (!ports.inspectCache) return { summary: { checked: false, skipped: 'no-redis' } };
  try {
    const view = await ports.inspectCache(deployment.environment, resolution.librechatVersion);
    checks.push(...compareCache(resolution, view, options.clearWith ?? options));
    return { summary: { checked: true, location: view.location }, view };
  } catch (error) {
    const problem = problemOf(error);
    checks.push({ code: 'cache-unavailable', status: 'warn', args: problem ? { problem } : { message: describeError(error) }, fix: { kind: 'command', text: 'lc-doctor check-models --no-cache-check' } });
    return { summary: { checked: false, skipped: 'error', ...(problem ? { problem } : { error: describeError(error) }) } };
  }
}

async function runProbe(options: CheckModelsOptions, ports: CheckModelsPorts, resolution: ModelResolution, deployment: Deployment, checks: ModelCheck[]): Promise<CheckModelsReport['probe']> {
  if (!options.probe) return { ran: false };
  if (!ports.probeModels) return { ran: false, skipped: 'not-in-build' };
  const verdicts = await ports.probeModels(deployment, resolution, options.onProbeProgress);
  checks.push(...verdicts);
  return { ran: true };
}

/** Every value that could be a key: secret-looking variables and the custom entries' resolved keys. */
function collectSecrets(deployment: Deployment): string[] {
  const fromEnv = Object.entries(deployment.environment)
    .filter(([name]) => /KEY|TOKEN|SECRET|PASSWORD|CREDS/i.test(name))
    .map(([, value]) => value);
  const custom = (deployment.config?.value as { endpoints?: { custom?: unknown } } | undefined)?.endpoints?.custom;
  const fromYaml = Array.isArray(custom)
    ? custom
        .map((entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as { apiKey?: unknown }).apiKey : undefined))
        .filter((key): key is string => typeof key === 'string')
        .map((key) => interpolate(key, deployment.environment).value)
        // An unresolved `${VAR}` stays literal: it names the variable the fix asks for, it is no key.
        .filter((value) => !/^(\$\{[^}]*\})+$/.test(value))
    : [];
  const literal = findPlainSecrets(deployment.config?.value).map((found) => found.secret);
  // A value that is only `${NAME}` references names variables; it is no key (and masking it hides the finding).
  return [...fromEnv, ...fromYaml, ...literal].filter((value) => isMaskableSecret(value) && value !== USER_PROVIDED && !/^(\$\{[^}]*\})+$/.test(value.trim()));
}
