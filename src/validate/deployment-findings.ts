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
    findings.push({ ruleId: 'compose-file', severity: 'error', code: 'compose-file', params: problem, file: composeFile, pointer: '', range: TOP });
  }
  if (compose && deployment.configSource === 'compose-unmounted' && deployment.config) {
    findings.push({
      ruleId: 'compose-config-not-mounted',
      severity: 'error',
      code: 'compose-config-not-mounted',
      params: { config: deployment.config.file, service: compose.service.name, containerPath: compose.config.containerPath },
      file: composeFile,
      pointer: `/services/${compose.service.name}`,
      range: TOP,
    });
  }
  if (deployment.configAbsent) {
    findings.push({
      ruleId: 'config-absent',
      severity: 'info',
      code: 'config-absent',
      params: {},
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
