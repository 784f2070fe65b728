import { compareDiagnostics, countDiagnostics, type Diagnostic, type Severity } from '../core/diagnostic.js';
import { loadDeployment, type Deployment, type DeploymentInputs } from '../config/load-deployment.js';
import { locateDiagnostics } from '../config/locate.js';
import type { LoadedYaml } from '../config/load-yaml.js';
import { checkSchema } from '../schema/check-schema.js';
import { chooseTarget } from '../schema/targets.js';
import { deploymentFolder, describeEvidence, detectDeploymentVersion, type VersionEvidence } from '../deployment-version/index.js';
import { allRules } from '../rules/index.js';
import { assertKnownRuleIds, runRules } from '../rules/run-rules.js';
import type { ValidateReport } from './report.js';
import { judgeLibreChat } from './librechat-verdict.js';
import { redactSources } from './secrets.js';
import { deploymentFindings, describeRuntime } from './deployment-findings.js';

export interface ValidateOptions extends DeploymentInputs {
  librechatVersion?: string;
  /** What the deployment's compose file or checkout says about the version (read by runValidate). */
  versionEvidence?: VersionEvidence;
  /** `--rule id=off|warn|error` */
  ruleOverrides?: Record<string, Severity | 'off'>;
}

/**
 * The validate pipeline: load both files as LibreChat does, pick the LibreChat line, run the
 * generated schema (LibreChat's own verdict) and the rules (what LibreChat accepts silently),
 * then locate and sort. Returns data; the CLI picks a formatter and the exit code.
 */
export async function runValidate(options: ValidateOptions): Promise<ValidateReport> {
  return (await validateDeployment(options)).report;
}

/** runValidate, also handing back the files as read, so a caller (doctor) need not read them again. */
export async function validateDeployment(options: ValidateOptions): Promise<{ report: ValidateReport; deployment: Deployment }> {
  // Usage errors first: a wrong option should not hide behind a missing file.
  assertKnownRuleIds(Object.keys(options.ruleOverrides ?? {}));
  if (options.librechatVersion) chooseTarget(options.librechatVersion, undefined);
  const deployment = await loadDeployment(options);
  return { report: judgeDeployment(deployment, { ...options, versionEvidence: await versionEvidenceFor(deployment, options) }), deployment };
}

/** The compose image or checkout beside the config; not read when `--librechat-version` decides. */
export async function versionEvidenceFor(deployment: Deployment, options: Pick<ValidateOptions, 'librechatVersion' | 'cwd' | 'processEnv'>): Promise<VersionEvidence | undefined> {
  if (options.librechatVersion) return undefined;
  return detectDeploymentVersion(deploymentFolder(deployment, options.cwd), options.processEnv);
}

/** The pure part of validate: the verdict on files already read (also on texts `--fix` has not written yet). */
export function judgeDeployment(deployment: Deployment, options: Pick<ValidateOptions, 'librechatVersion' | 'ruleOverrides' | 'versionEvidence'>): ValidateReport {
  const requested = options.librechatVersion ? chooseTarget(options.librechatVersion, undefined) : undefined;
  const { config } = deployment;
  const configValue = config && config.syntaxErrors.length === 0 ? config.value : undefined;
  const choice = requested ?? chooseTarget(undefined, versionField(configValue), options.versionEvidence);
  const diagnostics: Diagnostic[] = [...loaderFindings(deployment)];
  const schemaErrors: Diagnostic[] = [];

  if (config) {
    diagnostics.push(...config.syntaxErrors);
    const schemaFindings = config.syntaxErrors.length === 0 ? checkConfigValue(config, choice.target) : [];
    schemaErrors.push(...schemaFindings.filter((d) => d.severity === 'error'));
    diagnostics.push(...schemaFindings);
  }
  const ruleFindings = runRules(
    {
      config: configValue === undefined ? undefined : config,
      source: config,
      env: deployment.env,
      environment: deployment.environment,
      target: choice.target,
      runtime: deployment.runtime,
      envIsExample: deployment.envIsExample,
    },
    options.ruleOverrides ?? {},
  );
  const merged = preferRuleExplanations([...diagnostics, ...ruleFindings]);
  if (config) locateDiagnostics(config, [...merged, ...schemaErrors.filter((d) => !merged.includes(d))]);
  merged.sort(compareDiagnostics);

  const { target } = choice;
  const librechat = judgeLibreChat({
    diagnostics: merged,
    schemaErrors,
    configValue,
    configPresent: config !== undefined,
    line: target.line,
    environment: deployment.environment,
  });
  return {
    librechat,
    target: {
      id: target.id,
      librechatVersion: target.librechatVersion,
      schemaRelease: target.schemaRelease,
      configVersion: target.configVersion,
      packageSpec: target.packageSpec,
      reason: choice.reason,
      evidence: describeEvidence(choice.evidence),
    },
    files: { config: config?.file, env: deployment.envFound ? deployment.env.file : undefined },
    runtime: describeRuntime(deployment),
    diagnostics: merged,
    totals: countDiagnostics(merged),
    sources: redactSources(deployment),
    rules: allRules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity })),
  };
}

function checkConfigValue(config: LoadedYaml, target: Parameters<typeof checkSchema>[1]): Diagnostic[] {
  if (config.value === null || config.value === undefined) {
    return [
      {
        ruleId: 'schema',
        severity: 'error',
        code: 'schema.empty-file',
        params: {},
        file: config.file,
        pointer: '',
      },
    ];
  }
  return checkSchema(config.value, target, config.file);
}

function versionField(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
}

/** Findings about the inputs themselves (bad bytes LibreChat reads anyway, a URL config not fetched). */
function loaderFindings(deployment: Deployment): Diagnostic[] {
  return [...encodingFindings(deployment), ...remoteFindings(deployment), ...deploymentFindings(deployment)];
}

/**
 * LibreChat reads both files with `readFileSync(path, 'utf8')`, which turns invalid bytes into
 * U+FFFD and goes on: the file loads, so this is a warning, pointed at the first bad sequence.
 */
function encodingFindings(deployment: Deployment): Diagnostic[] {
  const files = [
    { loaded: deployment.config, what: 'config' as const },
    { loaded: deployment.envFound ? deployment.env : undefined, what: 'env' as const },
  ];
  return files.flatMap(({ loaded, what }) => {
    const bad = loaded?.invalidUtf8;
    if (!loaded || !bad) return [];
    return [
      {
        ruleId: 'file-encoding',
        severity: 'warn' as const,
        code: 'file-encoding',
        params: { file: what, line: bad.line, offset: bad.offset, path: loaded.file },
        file: loaded.file,
        pointer: '',
        range: { line: bad.line, column: 1, endLine: bad.line, endColumn: 1 },
      },
    ];
  });
}

function remoteFindings(deployment: Deployment): Diagnostic[] {
  if (!deployment.configIsRemote || deployment.config) return [];
  const entry = deployment.env.entries.find((e) => e.key === 'CONFIG_PATH');
  const fromEnvFile = deployment.configSource === 'CONFIG_PATH' && entry;
  return [
    {
      ruleId: 'config-remote',
      severity: 'warn',
      code: 'config-remote',
      params: { url: deployment.configPath },
      file: fromEnvFile ? deployment.env.file : deployment.configPath,
      pointer: '/CONFIG_PATH',
      range: fromEnvFile ? entry.range : { line: 1, column: 1, endLine: 1, endColumn: 1 },
    },
  ];
}

/**
 * When a rule explains a schema error at the same place (a numeric `version`, a reserved name),
 * the rule's words win and the generic schema message is dropped, so one mistake is one finding.
 */
function preferRuleExplanations(diagnostics: Diagnostic[]): Diagnostic[] {
  const explained = new Set(diagnostics.filter((d) => d.ruleId !== 'schema' && d.severity === 'error').map((d) => `${d.file}\u0000${d.pointer}`));
  return diagnostics.filter((d) => d.ruleId !== 'schema' || !explained.has(`${d.file}\u0000${d.pointer}`));
}

/** Exit code policy of `validate`: errors fail; warnings fail only with --strict or over --max-warnings. */
export function validateExitCode(report: ValidateReport, options: { strict?: boolean; maxWarnings?: number }): 0 | 1 {
  const { errors, warnings } = report.totals;
  if (errors > 0) return 1;
  if (options.strict && warnings > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
