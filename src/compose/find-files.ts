import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ComposeSelection } from './types.js';

/** Compose's own search order (compose-go `cli.DefaultFileNames`): the first that exists wins. */
export const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const;

/** Applied on top of the default file (compose-go `cli.DefaultOverrideFileNames`), first found. */
export const OVERRIDE_COMPOSE_FILES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'] as const;

/** LibreChat's file for the production layout; Compose only reads it when named with `-f`. */
export const DEPLOY_COMPOSE_FILE = 'deploy-compose.yml';

export interface ComposeFileChoice {
  files: string[];
  selection: ComposeSelection;
  /** Other candidates that exist but Compose would not read (said in the report). */
  ignored: string[];
}

/**
 * The files `docker compose up` reads in `folder`: the first default file plus the first
 * override. When the folder has only `deploy-compose.yml` (LibreChat's production layout), that
 * file alone, as `docker compose -f deploy-compose.yml up` reads it (`-f` turns overrides off).
 */
export function findComposeFiles(folder: string): ComposeFileChoice | undefined {
  const present = (names: readonly string[]): string[] => names.filter((name) => existsSync(join(folder, name)));
  const defaults = present(DEFAULT_COMPOSE_FILES);
  const overrides = present(OVERRIDE_COMPOSE_FILES);
  const deploy = present([DEPLOY_COMPOSE_FILE]);
  if (defaults.length > 0) {
    const files = [defaults[0]!, ...overrides.slice(0, 1)];
    return { files, selection: 'default', ignored: [...defaults.slice(1), ...overrides.slice(1), ...deploy] };
  }
  if (deploy.length > 0) return { files: deploy, selection: 'deploy', ignored: overrides };
  return undefined;
}
