import { dirname, resolve } from 'node:path';
import { detectDeploymentVersion } from '../deployment-version/index.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { HandledError } from '../core/errors.js';
import { maskSecret, redact } from '../core/mask.js';
import { parseYamlText } from '../config/load-yaml.js';
import { requirePreset } from '../providers/index.js';
import type { EndpointRequest } from './build-entry.js';
import type { EndpointTarget } from './endpoint-target.js';
import { collectConfigSecrets, redactValue } from './entry-secrets.js';
import { applyPlan, readSources } from './file-sources.js';
import { planAddEndpoint, type AddEndpointPlan, type Method, type Sources } from './plan-add-endpoint.js';
import { resolveTarget } from './resolve-target.js';
import { checkSchema } from '../schema/check-schema.js';
import type { SchemaTarget } from '../schema/targets.js';
import { unifiedDiff } from './unified-diff.js';
import { hideContinuationLines } from '../env/load-env.js';
import { assertAsciiInputs } from './ascii-inputs.js';

/** add-endpoint's options after the CLI parsed them. */
export interface AddEndpointOptions extends Omit<EndpointRequest, 'preset'> {
  provider: string;
  config: string;
  env: string;
  method: Method;
  librechatVersion?: string;
  force: boolean;
}

/** Everything decided before anything is written: shown to the user, then committed. */
export interface PreparedEdit {
  plan: AddEndpointPlan;
  sources: Sources;
  target: EndpointTarget;
  /** The existing config against lc-doctor's schema check: clean, had errors but --force, or not checked (no YAML edit). */
  schemaCheck: 'passed' | 'forced' | 'not-needed';
  /** Unified diff of every changed file, .env values masked. */
  diff: string;
  replan: (sources: Sources) => AddEndpointPlan;
}

export async function prepareAddEndpoint(options: AddEndpointOptions, cwd: string): Promise<PreparedEdit> {
  const preset = requirePreset(options.provider);
  assertAsciiInputs(options);
  const sources = await readSources(options.config, options.env, cwd);
  const loaded = sources.config.text === null ? undefined : parseYamlText(options.config, sources.config.text, sources.config.bom);
  const configVersion = (loaded?.value as { version?: unknown } | undefined)?.version;
  const evidence = options.librechatVersion ? undefined : await detectDeploymentVersion(dirname(resolve(cwd, options.config)));
  const { schema, endpoint } = resolveTarget(options.librechatVersion, configVersion, evidence);
  const request: EndpointRequest = { preset, ...pickRequest(options) };
  const replan = (fresh: Sources) => planAddEndpoint(request, options.method, endpoint, fresh);
  const checksConfig = options.method === 'custom' && loaded !== undefined && loaded.syntaxErrors.length === 0;
  const schemaCheck = checksConfig ? gateOnSchema(schema, loaded.value, options) : 'not-needed';
  const plan = replan(sources);
  assertEntryValid(plan, schema);
  return { plan, sources, target: endpoint, schemaCheck, diff: diffPlan(plan), replan };
}

function pickRequest(options: AddEndpointOptions): Omit<EndpointRequest, 'preset'> {
  const { name, region, baseUrl, models, addModels, replaceModels, titleModel, thinking, fetch, apiKeyEnv } = options;
  return Object.fromEntries(Object.entries({ name, region, baseUrl, models, addModels, replaceModels, titleModel, thinking, fetch, apiKeyEnv }).filter(([, v]) => v !== undefined));
}

function gateOnSchema(schema: SchemaTarget, value: unknown, options: AddEndpointOptions): PreparedEdit['schemaCheck'] {
  const errors = checkSchema(value, schema, options.config).filter((d: Diagnostic) => d.severity === 'error');
  if (errors.length === 0) return 'passed';
  if (options.force) return 'forced';
  const first = errors[0]!;
  const params = redactValue(first.params, collectConfigSecrets(value));
  throw new HandledError({ code: 'add-endpoint.schema-errors', params: { file: options.config, count: errors.length, finding: { code: first.code, params } } });
}

/** A generated entry LibreChat would reject is a bug in lc-doctor: never write it. */
function assertEntryValid(plan: AddEndpointPlan, schema: SchemaTarget): void {
  const config = plan.files.find((f) => f.kind === 'config');
  if (!config) return;
  const written = parseYamlText(config.path, config.after);
  const index = (written.value as { endpoints: { custom: Array<{ name?: unknown }> } }).endpoints.custom.findIndex((e) => e?.name === plan.name);
  const errors = checkSchema(written.value, schema, config.path).filter((d) => d.severity === 'error' && d.pointer.startsWith(`/endpoints/custom/${index}`));
  const first = errors[0];
  if (first) throw new HandledError({ code: 'add-endpoint.generated-invalid', params: { librechatVersion: schema.librechatVersion, finding: { code: first.code, params: first.params } } });
}

/** Writes the prepared edit (re-planned under the lock if the files changed meanwhile). */
export async function commitAddEndpoint(prepared: PreparedEdit, cwd: string): Promise<{ plan: AddEndpointPlan; replanned: boolean }> {
  return applyPlan(prepared.plan, prepared.sources, prepared.replan, cwd);
}

function diffPlan(plan: AddEndpointPlan): string {
  return plan.files
    .map((file) => {
      if (file.kind !== 'env') return redact(unifiedDiff(file.before, file.after, { from: `a/${file.path}`, to: `b/${file.path}` }), plan.secrets);
      const hide = (text: string | null) => (text === null ? null : hideContinuationLines(text));
      return maskEnvDiff(unifiedDiff(hide(file.before), hideContinuationLines(file.after), { from: `a/${file.path}`, to: `b/${file.path}` }), plan.publicEnvKeys);
    })
    .join('');
}

/** .env lines in a diff show values only for non-secret keys and `${VAR}` references. */
export function maskEnvDiff(diff: string, publicKeys: readonly string[]): string {
  return diff.replace(/^([ +-])([ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=[ \t]*)(.*)$/gm, (line, mark: string, prefix: string, key: string, value: string) => {
    if (line.startsWith('---') || line.startsWith('+++')) return line;
    if (publicKeys.includes(key) || value === '' || /^\$\{[\w]+\}$/.test(value.trim())) return line;
    return `${mark}${prefix}${maskSecret(value.replace(/^["'`]|["'`]$/g, ''))}`;
  });
}
