import type { CacheReachEvent } from '../cache/compose-reach.js';

/** One line per URI that names a Compose service: what lc-doctor did about it. */
export function describeReach(event: CacheReachEvent, mask: (text: string) => string): string {
  const { reach, variable } = event;
  if (reach.kind === 'published') {
    return `${variable} names the Docker Compose service ${reach.service}; using its published port from this host: ${mask(reach.uri)}`;
  }
  if (variable === 'MONGO_URI') {
    return `MONGO_URI names the Docker Compose service ${reach.service}, which publishes no port and resolves only inside ${reach.network}: MongoDB skipped (LibreChat keeps no model cache there)`;
  }
  return `REDIS_URI names the Docker Compose service ${reach.service}, which publishes no port and resolves only inside ${reach.network}`;
}

/**
 * The command that runs lc-doctor inside the project network, where service names resolve:
 * a throwaway Node container with this lc-doctor and the deployment folder mounted.
 */
export function insideNetworkCommand(network: string, toolRoot: string, args: string[]): string {
  return `docker run --rm -it --network ${network} -v "${toolRoot}:/lc-doctor:ro" -v "$PWD:/deploy" -w /deploy node:20-alpine node /lc-doctor/bin/lc-doctor.js ${args.join(' ')}`;
}
