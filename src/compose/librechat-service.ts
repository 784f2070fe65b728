import { posix } from 'node:path';
import type { ComposeMount, ComposePort, ComposeProject, ComposeService } from './types.js';

/** LibreChat's working directory in its images (the repo root; `CONFIG_PATH`'s default lives here). */
export const LIBRECHAT_APP_DIR = '/app';
export const DEFAULT_CONFIG_IN_CONTAINER = '/app/librechat.yaml';
/** LibreChat's backend runs `dotenv` on the repo root's .env, inside the container too. */
export const DOTENV_IN_CONTAINER = '/app/.env';

const LIBRECHAT_IMAGE = /(^|\/)librechat(-dev)?(-api)?(:|@|$)/i;

/**
 * The service that runs LibreChat's API: the one that mounts a config at /app, else the one whose
 * image is a LibreChat API image (`librechat`, `librechat-dev-api`, …), else a service named `api`.
 */
export function findLibreChatService(project: ComposeProject): ComposeService | undefined {
  const { services } = project;
  return (
    services.find((s) => s.mounts.some((m) => m.target === DEFAULT_CONFIG_IN_CONTAINER)) ??
    services.find((s) => s.image !== undefined && LIBRECHAT_IMAGE.test(s.image)) ??
    services.find((s) => s.name === 'api')
  );
}

/** Where LibreChat inside the container reads its config, and which host file that is. */
export interface ConfigInContainer {
  /** The path LibreChat opens: `CONFIG_PATH` from the service's environment, else /app/librechat.yaml. */
  containerPath: string;
  /** `CONFIG_PATH` came from the service environment (env_file or `environment:`). */
  fromConfigPath: boolean;
  /** The host file mounted there; undefined when nothing is mounted at that path. */
  hostPath?: string;
  /** The mount that provides it (a file mount or a folder mount above it). */
  mount?: ComposeMount;
  /** `CONFIG_PATH` is an http(s) URL: LibreChat fetches it, no mount is involved. */
  remote: boolean;
}

export function configInContainer(service: ComposeService): ConfigInContainer {
  const configured = service.environment.CONFIG_PATH?.value?.trim();
  if (configured && /^https?:\/\//i.test(configured)) return { containerPath: configured, fromConfigPath: true, remote: true };
  const containerPath = configured ? posix.resolve(LIBRECHAT_APP_DIR, configured) : DEFAULT_CONFIG_IN_CONTAINER;
  const found = hostPathOf(service, containerPath);
  return { containerPath, fromConfigPath: Boolean(configured), remote: false, ...found };
}

/** The host file behind a container path, through a file bind mount or a folder bind mount above it. */
export function hostPathOf(service: ComposeService, containerPath: string): { hostPath?: string; mount?: ComposeMount } {
  let best: ComposeMount | undefined;
  for (const mount of service.mounts) {
    if (!mount.bind || !mount.source) continue;
    const target = mount.target.replace(/\/+$/, '');
    const covers = containerPath === target || containerPath.startsWith(`${target}/`);
    if (covers && (!best || target.length > best.target.length)) best = mount;
  }
  if (!best?.source) return {};
  const rest = containerPath.slice(best.target.replace(/\/+$/, '').length);
  return { hostPath: best.source + rest, mount: best };
}

/** A compose service another container reaches by `host`, and the port as the host sees it. */
export interface ServiceAddress {
  service: ComposeService;
  /** The container port the URI names (or the scheme's default). */
  target: number;
  /** The `ports:` entry publishing that port, when there is one. */
  published?: ComposePort;
}

export function findServiceByHost(project: ComposeProject, host: string, port: number): ServiceAddress | undefined {
  const wanted = host.toLowerCase();
  const service = project.services.find((s) => s.hostnames.some((h) => h.toLowerCase() === wanted));
  if (!service) return undefined;
  const published = service.ports.find((p) => p.target === port && p.published !== undefined);
  return { service, target: port, published };
}

/** The network Compose creates for the project's services (`<project>_default`). */
export function defaultNetwork(project: ComposeProject): string {
  return `${project.name}_default`;
}
