import type { ErrorWords } from '../../errors/words.js';

export const reach: ErrorWords['reach'] = {
  published: (variable, service, uri) => `${variable} names the Docker Compose service ${service}; using its published port from this host: ${uri}`,
  mongoSkipped: (service, network) =>
    `MONGO_URI names the Docker Compose service ${service}, which publishes no port and resolves only inside ${network}: MongoDB skipped (LibreChat keeps no model cache there)`,
  redisNetworkOnly: (service, network) => `REDIS_URI names the Docker Compose service ${service}, which publishes no port and resolves only inside ${network}`,
};
