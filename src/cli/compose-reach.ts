import { fileURLToPath } from 'node:url';
import { planCacheReach } from '../cache/compose-reach.js';
import type { DeploymentRuntime } from '../config/runtime.js';
import { HandledError } from '../core/errors.js';
import { describeReach, insideNetworkCommand } from '../report/compose-reach.js';

/** lc-doctor's own folder (dist/cli/../..), mounted into the container that runs inside the network. */
const TOOL_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * Adapts the cache URIs of a Compose deployment to this host (see planCacheReach) and words what
 * was done; a Redis that only the network reaches stops the run with the command to run inside it.
 */
export function reachCacheFromHost(
  runtime: DeploymentRuntime,
  environment: Record<string, string>,
  options: { redisUri?: string; mongoUri?: string; dryRun?: boolean },
): { redisUri?: string; mongoUri?: string; skipMongo: boolean; notes: string[] } {
  const plan = planCacheReach(runtime, environment, options);
  const mask = (text: string) => text.replace(/\/\/([^@/]*)@/, '//****@');
  if (plan.redisUnreachable && runtime.compose) {
    const network = plan.redisUnreachable.reach.kind === 'network-only' ? plan.redisUnreachable.reach.network : '';
    const args = ['clear-models-cache', options.dryRun ? '--dry-run' : '--yes'];
    throw new HandledError(
      `${describeReach(plan.redisUnreachable, mask)}: it cannot be reached from this host`,
      `run lc-doctor inside that network: ${insideNetworkCommand(network, TOOL_ROOT, args)} (or publish the port in the compose file, or pass --redis-uri)`,
    );
  }
  const notes = plan.events.map((event) => describeReach(event, mask));
  return { redisUri: plan.redisUri, mongoUri: plan.mongoUri, skipMongo: plan.skipMongo, notes };
}
