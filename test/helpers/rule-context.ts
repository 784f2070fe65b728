import { createRequire } from 'node:module';
import { parseYamlText } from '../../src/config/load-yaml.js';
import { effectiveEnvironment, parseEnvText } from '../../src/env/load-env.js';
import { chooseTarget, type LibreChatFacts, type SchemaTarget } from '../../src/schema/targets.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { runRules, type RuleOverrides } from '../../src/rules/run-rules.js';
import { locateDiagnostics } from '../../src/config/locate.js';
import { compareDiagnostics, type Diagnostic } from '../../src/core/diagnostic.js';

export interface RuleContextInput {
  /** librechat.yaml text; omitted means no config file. */
  yaml?: string;
  /** .env text. */
  env?: string;
  /** The process environment seen by LibreChat (defaults to empty, never the test runner's). */
  processEnv?: Record<string, string>;
  /** `--librechat-version`; defaults to the newest target. */
  version?: string;
}

/** Builds the context a rule sees from inline file texts, as the validate command would. */
export function makeRuleContext(input: RuleContextInput): RuleContext {
  const config = input.yaml === undefined ? undefined : parseYamlText('librechat.yaml', input.yaml);
  const env = parseEnvText('.env', input.env ?? '');
  const environment = effectiveEnvironment(env, input.processEnv ?? {});
  return { ...(config ? { config } : {}), env, environment, target: resolveTarget(input.version, config?.value) };
}

const packageForVersion: Record<string, string> = { '0.8.8': 'ldp-0.8.524', '0.8.5': 'ldp-0.8.501', '0.7.7': 'ldp-0.7.6998' };

/**
 * The generated target when `schemas/manifest.json` exists; until the `schemas` branch lands,
 * facts are read from the same real package the generator reads.
 */
function resolveTarget(version: string | undefined, configValue: unknown): SchemaTarget {
  const configVersion = typeof configValue === 'object' && configValue !== null ? (configValue as { version?: unknown }).version : undefined;
  try {
    return chooseTarget(version, configVersion).target;
  } catch (error) {
    if (!(error instanceof Error) || !/ENOENT/.test(error.message)) throw error;
  }
  const id = version ?? '0.8.8';
  const facts = readFactsFromPackage(packageForVersion[id] ?? 'ldp-0.8.524');
  return {
    id,
    librechatVersion: facts.librechatVersion,
    configVersion: facts.configVersion,
    packageSpec: id,
    schemaFile: '',
    lintSchemaFile: '',
    facts,
  };
}

interface DataProvider {
  Constants: { VERSION: string; CONFIG_VERSION: string };
  EModelEndpoint: Record<string, string>;
  KnownEndpoints: Record<string, string>;
  CacheKeys: Record<string, string>;
  defaultModels: Record<string, string[]>;
}

function readFactsFromPackage(name: string): LibreChatFacts {
  const provider = createRequire(import.meta.url)(name) as DataProvider;
  return {
    librechatVersion: provider.Constants.VERSION,
    configVersion: provider.Constants.CONFIG_VERSION,
    reservedEndpointNames: Object.values(provider.EModelEndpoint),
    knownEndpoints: Object.values(provider.KnownEndpoints),
    defaultModels: provider.defaultModels,
    cacheKeys: { ...provider.CacheKeys },
    customParamsKeys: [],
    paramEndpoints: [],
  };
}

/** Runs the given rules (default: all), resolves config pointers to line:column, sorts as reports do. */
export function lint(input: RuleContextInput, rules?: readonly Rule[], overrides: RuleOverrides = {}): Diagnostic[] {
  const context = makeRuleContext(input);
  const diagnostics = runRules(context, overrides, rules);
  if (context.config) locateDiagnostics(context.config, diagnostics);
  return diagnostics.sort(compareDiagnostics);
}
