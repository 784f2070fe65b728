import type { Diagnostic } from '../core/diagnostic.js';
import type { Deployment } from '../config/load-deployment.js';
import { summarizeRuntime, type RuntimeSummary } from '../config/runtime.js';

const TOP: Diagnostic['range'] = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Findings about how the deployment's files reach LibreChat (not about their content): a config
 * no mount puts into the container, no config at all, what Compose itself would refuse.
 */
export function deploymentFindings(deployment: Deployment): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const compose = deployment.runtime.compose;
  const composeFile = compose?.project.files.at(-1) ?? '';
  for (const problem of compose?.project.problems ?? []) {
    findings.push({ ruleId: 'compose-file', severity: 'error', message: problem, hint: 'run `docker compose config` to see how Compose reads the files', file: composeFile, pointer: '', range: TOP });
  }
  if (compose && deployment.configSource === 'compose-unmounted' && deployment.config) {
    findings.push({
      ruleId: 'compose-config-not-mounted',
      severity: 'error',
      message: `${deployment.config.file} is not mounted into service ${compose.service.name}: LibreChat in the container looks for ${compose.config.containerPath} and runs without this file`,
      hint: `mount it: under services.${compose.service.name}.volumes in docker-compose.override.yml add \`- ./${deployment.config.file}:${compose.config.containerPath}\``,
      file: composeFile,
      pointer: `/services/${compose.service.name}`,
      range: TOP,
    });
  }
  if (deployment.configAbsent) {
    findings.push({
      ruleId: 'config-absent',
      severity: 'info',
      message: 'no librechat.yaml: LibreChat starts with its defaults (endpoints come from .env only); .env was checked',
      hint: 'nothing to do unless you want custom endpoints; `lc-doctor add-endpoint <provider>` creates the file',
      file: deployment.env.file,
      pointer: '',
      range: TOP,
    });
  }
  return findings;
}

/** The runtime as data for every report. */
export function describeRuntime(deployment: Deployment): RuntimeSummary {
  return summarizeRuntime(deployment.runtime, deployment.envIsExample);
}
