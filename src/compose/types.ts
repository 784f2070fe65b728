/** How the compose files were chosen, so a report can say what it assumed. */
export type ComposeSelection =
  /** `docker compose up` in the folder: the default file plus its override when present. */
  | 'default'
  /** Only `deploy-compose.yml` exists: run as `docker compose -f deploy-compose.yml` (no override). */
  | 'deploy';

/** A variable in a service's environment, with where Compose took it from. */
export interface ComposeEnvEntry {
  /** What the container gets; undefined for `- NAME` with NAME unset in the shell (Compose drops it). */
  value: string | undefined;
  origin: 'environment' | 'env_file';
  /** The env file it came from (relative to the folder), for `env_file` entries. */
  file?: string;
  /** The text as written before Compose's substitution. */
  raw: string;
  /** Names that were unset where Compose substituted (it put "" in their place). */
  missing: string[];
}

/** A bind mount or named volume of a service. */
export interface ComposeMount {
  /** Absolute host path for a bind mount; the volume name for a named volume; undefined for anonymous. */
  source?: string;
  target: string;
  bind: boolean;
}

/** One `ports:` entry. */
export interface ComposePort {
  target: number;
  /** The host port; undefined when Compose picks a random one (`- "6379"`). */
  published?: number;
  hostIp?: string;
}

export interface ComposeService {
  name: string;
  image?: string;
  /** The image tag (`latest` when the image names none); undefined without an image. */
  imageTag?: string;
  /** Built from source (`build:`), so the tag does not name a LibreChat release. */
  built: boolean;
  containerName?: string;
  /** Names other containers on the network reach it by: service name, container_name, hostname, aliases. */
  hostnames: string[];
  environment: Record<string, ComposeEnvEntry>;
  /** env_file entries, relative to the folder, in order. */
  envFiles: string[];
  mounts: ComposeMount[];
  ports: ComposePort[];
}

/** A Compose project read from a folder, merged and interpolated as `docker compose config` would. */
export interface ComposeProject {
  folder: string;
  /** Compose's project name (top-level `name:`, COMPOSE_PROJECT_NAME, or the folder name). */
  name: string;
  /** The files merged, relative to the folder, in merge order. */
  files: string[];
  selection: ComposeSelection;
  /** Compose's own environment for substitution: the shell over the folder's .env. */
  projectEnv: Record<string, string>;
  services: ComposeService[];
  /** What Compose itself would refuse (bad interpolation, a missing env_file). */
  problems: ComposeProblem[];
}

/**
 * Something `docker compose` refuses to start with, as facts: the report layer words it. `message`
 * in `required-variable` is the admin's own `${NAME:?message}` text, shown as written.
 */
export type ComposeProblem =
  | { kind: 'interpolation-invalid'; text: string }
  | { kind: 'required-variable'; name: string; message: string }
  | { kind: 'env-file-missing'; file: string; service: string };
