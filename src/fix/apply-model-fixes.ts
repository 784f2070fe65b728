import { HandledError } from '../core/errors.js';
import { applyTextEdits, editsOverlap, type TextEdit } from '../core/text-edit.js';
import { parseYamlText } from '../config/load-yaml.js';
import type { Deployment } from '../config/load-deployment.js';
import { applyPlan, readSources } from '../edit/file-sources.js';
import type { PlannedFile } from '../edit/plan-add-endpoint.js';
import { unifiedDiff } from '../edit/unified-diff.js';
import type { ModelAutofix } from '../models/case-fixes.js';
import type { ModelCheck } from '../models/checks.js';
import type { AppliedFix } from '../models/report.js';

/**
 * `check-models --fix`: writes the model-id fixes check-models found (an id the provider has in
 * another case, or as its only near-miss; in models.default or a `*_MODELS` line in .env) through
 * the same locked, atomic writer as `validate --fix`. The provider was asked about the files as
 * they were read; if they changed since, nothing is written and the admin runs the check again.
 */

export interface ModelFixOutcome {
  /** The checks whose fixes are applied (or would be, with --dry-run). */
  applied: ModelCheck[];
  /** What each applied fix changes, for the report. */
  fixed: AppliedFix[];
  files: PlannedFile[];
  diff: string;
  written: boolean;
}

export async function applyModelFixes(checks: readonly ModelCheck[], deployment: Deployment, cwd: string, dryRun: boolean): Promise<ModelFixOutcome> {
  const configFile = deployment.config?.file ?? deployment.configPath;
  const sources = await readSources(configFile, deployment.env.file, cwd);
  if (sources.config.text !== (deployment.config?.text ?? sources.config.text) || (sources.env.text ?? '') !== deployment.env.text) {
    throw changedMeanwhile();
  }
  const applied: ModelCheck[] = [];
  const edits: Record<ModelAutofix['file'], TextEdit[]> = { config: [], env: [] };
  for (const check of checks) {
    if (!check.autofix || editsOverlap(edits[check.autofix.file], check.autofix.edits)) continue;
    edits[check.autofix.file].push(...check.autofix.edits);
    applied.push(check);
  }
  const files: PlannedFile[] = [];
  if (edits.config.length > 0 && deployment.config) {
    const after = applyTextEdits(deployment.config.text, edits.config);
    assertStillYaml(configFile, after);
    files.push({ path: configFile, kind: 'config', before: deployment.config.text, after, bom: deployment.config.bom });
  }
  if (edits.env.length > 0) {
    files.push({ path: sources.env.path, kind: 'env', before: deployment.env.text, after: applyTextEdits(deployment.env.text, edits.env), bom: sources.env.bom ?? false });
  }
  const diff = files.map((f) => unifiedDiff(f.before, f.after, { from: `a/${f.path}`, to: `b/${f.path}` })).join('');
  const fixed = applied.map(describeApplied);
  if (dryRun || files.length === 0) return { applied, fixed, files, diff, written: false };
  await applyPlan({ files }, sources, () => {
    throw changedMeanwhile();
  }, cwd);
  return { applied, fixed, files, diff, written: true };
}

function describeApplied(check: ModelCheck): AppliedFix {
  if (check.code === 'reasoning-history-refused') return { kind: 'replay-off', endpoint: check.endpoint, options: check.args.options };
  return { kind: 'model-id', endpoint: check.endpoint, model: check.model, replacement: 'suggestion' in check.args ? String(check.args.suggestion) : '' };
}

/** A case fix only swaps characters inside one scalar; if the result no longer parses, something is badly wrong: write nothing. */
function assertStillYaml(file: string, text: string): void {
  if (parseYamlText(file, text).syntaxErrors.length > 0) throw new HandledError({ code: 'edit.unverified', params: { command: 'check-models --fix', file } });
}

function changedMeanwhile(): HandledError {
  return new HandledError({ code: 'check-models.files-changed', params: {} });
}
