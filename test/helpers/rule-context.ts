import { parseYamlText } from '../../src/config/load-yaml.js';
import { locateDiagnostics } from '../../src/config/locate.js';
import { compareDiagnostics } from '../../src/core/diagnostic.js';
import { worded, type WordedDiagnostic } from './words.js';
import { effectiveEnvironment, parseEnvText } from '../../src/env/load-env.js';
import { runRules, type RuleOverrides } from '../../src/rules/run-rules.js';
import type { Rule, RuleContext } from '../../src/rules/types.js';
import { chooseTarget } from '../../src/schema/targets.js';

export interface RuleContextInput {
  /** librechat.yaml text; omitted means no config file. */
  yaml?: string;
  /** .env text. */
  env?: string;
  /** The process environment LibreChat would see (defaults to empty, never the test runner's). */
  processEnv?: Record<string, string>;
  /** `--librechat-version`; defaults to the config's `version:` match, else the newest target. */
  version?: string;
}

/** Builds the context a rule sees from inline file texts, the way the validate command does. */
export function makeRuleContext(input: RuleContextInput): RuleContext {
  const config = input.yaml === undefined ? undefined : parseYamlText('librechat.yaml', input.yaml);
  const env = parseEnvText('.env', input.env ?? '');
  const environment = effectiveEnvironment(env, input.processEnv ?? {});
  const configValue = config?.value;
  const configVersion = typeof configValue === 'object' && configValue !== null ? (configValue as { version?: unknown }).version : undefined;
  const { target } = chooseTarget(input.version, configVersion);
  return { ...(config ? { config, source: config } : {}), env, environment, target };
}

/** Runs the given rules (default: all), resolves config pointers to line:column, sorts as reports do. */
export function lint(input: RuleContextInput, rules?: readonly Rule[], overrides: RuleOverrides = {}): WordedDiagnostic[] {
  const context = makeRuleContext(input);
  const diagnostics = runRules(context, overrides, rules);
  if (context.config) locateDiagnostics(context.config, diagnostics);
  return diagnostics.sort(compareDiagnostics).map(worded);
}
