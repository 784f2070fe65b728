import { defaultNetwork, findServiceByHost } from './librechat-service.js';
import type { ComposeProject } from './types.js';

/** How this host reaches a URI whose host is a Compose service. */
export type ComposeReach =
  /** The service publishes the port: the same server through `host:published` from here. */
  | { kind: 'published'; service: string; uri: string; port: number }
  /** Not published: the name resolves only inside the project network. */
  | { kind: 'network-only'; service: string; network: string };

const DEFAULT_PORTS: Record<string, number> = { 'redis:': 6379, 'rediss:': 6379, 'mongodb:': 27017 };

/**
 * For a `redis://redis:6379` or `mongodb://mongodb:27017/LibreChat` that names a Compose service:
 * the published port to use from the host instead, or the network to run inside. Undefined when
 * the host is not a service of the project (a real host name, localhost, an IP, or a cluster list).
 */
export function reachFromHost(project: ComposeProject, uri: string): ComposeReach | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const port = url.port ? Number(url.port) : DEFAULT_PORTS[url.protocol];
  if (!url.hostname || port === undefined) return undefined;
  const address = findServiceByHost(project, url.hostname, port);
  if (!address) return undefined;
  const published = address.published;
  if (published?.published !== undefined) {
    const host = published.hostIp && published.hostIp !== '0.0.0.0' && published.hostIp !== '::' ? published.hostIp : '127.0.0.1';
    url.hostname = host.includes(':') ? `[${host}]` : host;
    url.port = String(published.published);
    return { kind: 'published', service: address.service.name, uri: url.toString(), port: published.published };
  }
  return { kind: 'network-only', service: address.service.name, network: defaultNetwork(project) };
}
