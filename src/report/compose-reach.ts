import type { CacheReachEvent } from '../cache/compose-reach.js';
import { words } from './i18n/index.js';

/** One line per URI that names a Compose service: what lc-doctor did about it. */
export function describeReach(event: CacheReachEvent): string {
  const { reach, variable } = event;
  const t = words().errors.reach;
  if (reach.kind === 'published') return t.published(variable, reach.service, maskUserInfo(reach.uri));
  return variable === 'MONGO_URI' ? t.mongoSkipped(reach.service, reach.network) : t.redisNetworkOnly(reach.service, reach.network);
}

/**
 * The command that runs lc-doctor inside the project network, where service names resolve:
 * a throwaway Node container with this lc-doctor and the deployment folder mounted.
 */
export function insideNetworkCommand(network: string, toolRoot: string, args: string[]): string {
  return `docker run --rm -it --network ${network} -v "${toolRoot}:/lc-doctor:ro" -v "$PWD:/deploy" -w /deploy node:20-alpine node /lc-doctor/bin/lc-doctor.js ${args.join(' ')}`;
}

function maskUserInfo(uri: string): string {
  return uri.replace(/\/\/([^@/]*)@/, '//****@');
}
