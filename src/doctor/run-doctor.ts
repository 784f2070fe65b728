import { planCacheReach } from '../cache/compose-reach.js';
import { detectRuntime, type RuntimeChoice } from '../config/runtime.js';
import { stat } from 'node:fs/promises';
import { HandledError } from '../core/errors.js';
import type { CheckModelsPorts } from '../models/run.js';
import { runCheckModels } from '../models/run.js';
import type { ProbeProgressEvent } from '../probe/types.js';
import { validateDeployment } from '../validate/run-validate.js';
import { countFindings, mergeFindings } from './merge.js';
import { DOCTOR_SCHEMA_VERSION, type DoctorReport } from './types.js';

/** The stages doctor runs, in order (a progress line names each). */
export type DoctorStep = 'validate' | 'check-models' | 'probe';

export interface DoctorOptions {
  /** The deployment folder (compose files, .env, librechat.yaml). */
  folder: string;
  config?: string;
  env?: string;
  librechatVersion?: string;
  runtime?: RuntimeChoice;
  probe: boolean;
  processEnv: NodeJS.ProcessEnv;
  /** Which step is running (the CLI shows it on a terminal). */
  onStep?: (step: DoctorStep) => void;
  onProbeProgress?: (event: ProbeProgressEvent) => void;
}

/**
 * One report for one deployment: validate, check-models with the cache state and, with `probe`,
 * the probes, run on the same files read the same way; their findings merged into one per cause.
 */
export async function runDoctor(options: DoctorOptions, ports: CheckModelsPorts): Promise<{ report: DoctorReport; secrets: string[] }> {
  await requireFolder(options.folder);
  const inputs = { config: options.config, env: options.env, cwd: options.folder, processEnv: options.processEnv, runtime: options.runtime };
  options.onStep?.('validate');
  const { report: validated, deployment } = await validateDeployment({ ...inputs, librechatVersion: options.librechatVersion });
  options.onStep?.(options.probe ? 'probe' : 'check-models');
  const runtime = await detectRuntime(options.folder, options.processEnv, options.runtime);
  const { report: models, secrets } = await runCheckModels(
    {
      ...inputs,
      deployment,
      // The judged line (0.8.2), not the schema that judges it (0.8.5): model and cache rules differ.
      librechatVersion: options.librechatVersion ?? validated.target.librechatVersion,
      clearWith: { env: options.env, librechatVersion: options.librechatVersion },
      probe: options.probe,
      cacheCheck: true,
      onProbeProgress: options.onProbeProgress,
    },
    { ...ports, inspectCache: ports.inspectCache && reachingCache(ports.inspectCache, runtime) },
  );
  const findings = mergeFindings(validated.diagnostics, models.checks);
  const totals = countFindings(findings);
  const report: DoctorReport = {
    schemaVersion: DOCTOR_SCHEMA_VERSION,
    target: validated.target,
    files: validated.files,
    runtime: validated.runtime,
    librechat: validated.librechat,
    findings,
    totals,
    cache: models.cache,
    probe: models.probe,
    summary: models.summary,
    sources: validated.sources,
    exitCode: totals.errors > 0 ? 1 : 0,
  };
  return { report, secrets };
}

/** The cache as this host reaches it: a Compose service's published port, or a clear reason why not. */
function reachingCache(inspect: NonNullable<CheckModelsPorts['inspectCache']>, runtime: Awaited<ReturnType<typeof detectRuntime>>): NonNullable<CheckModelsPorts['inspectCache']> {
  return async (environment, librechatVersion) => {
    const plan = planCacheReach(runtime, environment, {});
    if (plan.redisUnreachable?.reach.kind === 'network-only') {
      const { service, network } = plan.redisUnreachable.reach;
      throw new HandledError({ code: 'redis.network-only', params: { service, network } });
    }
    return inspect(plan.redisUri ? { ...environment, REDIS_URI: plan.redisUri } : environment, librechatVersion);
  };
}

/** A folder that is not there would otherwise read as "no librechat.yaml in this folder". */
async function requireFolder(folder: string): Promise<void> {
  const found = await stat(folder).catch(() => undefined);
  if (!found) throw new HandledError({ code: 'doctor.folder', params: { folder, kind: 'missing' } });
  if (!found.isDirectory()) throw new HandledError({ code: 'doctor.folder', params: { folder, kind: 'file' } });
}
