import { fileURLToPath } from 'node:url';
import { reachFromHost, type ComposeReach } from '../compose/index.js';
import { HandledError } from '../core/errors.js';
import type { DeploymentRuntime } from '../config/runtime.js';

/** What happened to one URI on the way from the container's view to this host's. */
export interface CacheReachEvent {
  variable: 'REDIS_URI' | 'MONGO_URI';
  reach: ComposeReach;
}

export interface CacheReach {
  /** A Redis URI to use instead of REDIS_URI (the service's published port), if any. */
  redisUri?: string;
  mongoUri?: string;
  /** MONGO_URI names a service this host cannot reach: skip it (a warning, never a failure). */
  skipMongo: boolean;
  /** REDIS_URI names a service that publishes no port: only inside the network. */
  redisUnreachable?: CacheReachEvent;
  events: CacheReachEvent[];
}

/**
 * Under Compose, `REDIS_URI=redis://redis:6379` and `MONGO_URI=mongodb://mongodb:27017/...` name
 * services that resolve only inside the project network. From the host: use the published port
 * when the compose file maps one; otherwise Redis must be reached from inside the network, and
 * MongoDB is skipped (LibreChat keeps no model cache there). `--redis-uri` / `--mongo-uri` win.
 */
export function planCacheReach(runtime: DeploymentRuntime, environment: Record<string, string>, options: { redisUri?: string; mongoUri?: string }): CacheReach {
  const plan: CacheReach = { redisUri: options.redisUri, mongoUri: options.mongoUri, skipMongo: false, events: [] };
  const project = runtime.compose?.project;
  if (!project) return plan;
  const redis = !options.redisUri && environment.REDIS_URI && !environment.REDIS_URI.includes(',') ? reachFromHost(project, environment.REDIS_URI.trim()) : undefined;
  if (redis) {
    const event: CacheReachEvent = { variable: 'REDIS_URI', reach: redis };
    plan.events.push(event);
    if (redis.kind === 'published') plan.redisUri = redis.uri;
    else plan.redisUnreachable = event;
  }
  const mongo = !options.mongoUri && environment.MONGO_URI ? reachFromHost(project, environment.MONGO_URI.trim()) : undefined;
  if (mongo) {
    plan.events.push({ variable: 'MONGO_URI', reach: mongo });
    if (mongo.kind === 'published') plan.mongoUri = mongo.uri;
    else plan.skipMongo = true;
  }
  return plan;
}

/** lc-doctor's own folder (dist/cache/../..), mounted into the container that runs inside the network. */
const TOOL_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * Adapts the cache URIs of a Compose deployment to this host (see planCacheReach); the events say
 * what was done. A Redis that only the network reaches stops the run with the command to rerun there.
 */
export function reachCacheFromHost(
  runtime: DeploymentRuntime,
  environment: Record<string, string>,
  options: { redisUri?: string; mongoUri?: string; dryRun?: boolean },
): { redisUri?: string; mongoUri?: string; skipMongo: boolean; events: CacheReachEvent[] } {
  const plan = planCacheReach(runtime, environment, options);
  const unreachable = plan.redisUnreachable?.reach;
  if (unreachable?.kind === 'network-only' && runtime.compose) {
    const args = ['clear-models-cache', options.dryRun ? '--dry-run' : '--yes'];
    throw new HandledError({ code: 'redis.network-only', params: { service: unreachable.service, network: unreachable.network, rerun: { toolRoot: TOOL_ROOT, args } } });
  }
  return { redisUri: plan.redisUri, mongoUri: plan.mongoUri, skipMongo: plan.skipMongo, events: plan.events };
}
