import { HandledError } from '../core/errors.js';
import { loadDeployment, withFileTexts, type Deployment } from '../config/load-deployment.js';
import { applyPlan, readSources } from '../edit/file-sources.js';
import type { PlannedFile, Sources } from '../edit/plan-add-endpoint.js';
import { unifiedDiff } from '../edit/unified-diff.js';
import { assertKnownRuleIds } from '../rules/run-rules.js';
import { judgeDeployment, versionEvidenceFor, type ValidateOptions } from '../validate/run-validate.js';
import { redactSources } from '../validate/secrets.js';
import { planFixes, type FixPlan } from './plan-fixes.js';

/**
 * `validate --fix`: plan every safe fix, show the diff, and (unless --dry-run) write both files
 * through add-endpoint's writer: under a lock, re-read, atomic, with a `.bak`. Files that changed
 * since they were read are fixed again from what is on disk then.
 */

export interface FixOutcome extends FixPlan {
  /** The files whose text changes, before and after (BOM kept apart). */
  files: PlannedFile[];
  /** Unified diff of the change, secrets masked. */
  diff: string;
  /** True when the files were written (false for --dry-run or nothing to fix). */
  written: boolean;
}

export async function runValidateFix(options: ValidateOptions & { dryRun: boolean }): Promise<FixOutcome> {
  assertKnownRuleIds(Object.keys(options.ruleOverrides ?? {}));
  const deployment = await loadDeployment(options);
  if (deployment.configIsRemote) {
    throw new HandledError({ code: 'config.remote-not-local', params: { url: deployment.configPath, command: 'fix' } });
  }
  const judgeOptions = { ...options, versionEvidence: await versionEvidenceFor(deployment, options) };
  const sources = await readSources(deployment.config?.file ?? deployment.configPath, deployment.env.file, options.cwd);
  const fixFrom = (fresh: Sources): FixOutcome => {
    const start = withFileTexts(deployment, { config: fresh.config.text ?? undefined, env: fresh.env.text ?? '' }, options.processEnv);
    const plan = planFixes(start, (d) => judgeDeployment(d, judgeOptions), options.processEnv);
    const files = plannedFiles(start, plan, fresh);
    return { ...plan, files, diff: diffOf(start, plan, options.processEnv), written: false };
  };
  const outcome = fixFrom(sources);
  if (options.dryRun || outcome.files.length === 0) return outcome;
  const { plan } = await applyPlan(outcome, sources, fixFrom, options.cwd);
  return { ...plan, written: plan.files.length > 0 };
}

function plannedFiles(start: Deployment, plan: FixPlan, sources: Sources): PlannedFile[] {
  const files: PlannedFile[] = [];
  if (plan.texts.config !== undefined && start.config) {
    files.push({ path: sources.config.path, kind: 'config', before: start.config.text, after: plan.texts.config, bom: sources.config.bom });
  }
  if (plan.texts.env !== undefined) {
    files.push({ path: sources.env.path, kind: 'env', before: start.env.text, after: plan.texts.env, bom: sources.env.bom ?? false });
  }
  return files;
}

/** The diff of the masked texts: a key in the file shows as `sk-a***...` on both sides, never in clear. */
function diffOf(start: Deployment, plan: FixPlan, processEnv: NodeJS.ProcessEnv): string {
  const end = withFileTexts(start, plan.texts, processEnv);
  const [masked, maskedAfter] = [redactSources(start), redactSources(end)];
  const files = [start.config?.file, start.env.file].filter((file): file is string => file !== undefined);
  return files
    .map((file) => (masked[file] === undefined || maskedAfter[file] === masked[file] ? '' : unifiedDiff(masked[file]!, maskedAfter[file]!, { from: `a/${file}`, to: `b/${file}` })))
    .join('');
}
