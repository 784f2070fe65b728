import { existsSync, readFileSync } from 'node:fs';
import { parseEnvText } from '../env/load-env.js';
import { DOTENV_IN_CONTAINER, hostPathOf } from './librechat-service.js';
import type { ComposeService } from './types.js';

/** Where a variable LibreChat sees inside its container came from. */
export type ContainerEnvOrigin =
  /** Set by Compose (env_file or `environment:`), after Compose's substitution. */
  | 'compose'
  /** Read by LibreChat's own `dotenv` from a .env mounted at /app/.env: literal, never substituted. */
  | 'dotenv';

export interface ContainerEnvironment {
  values: Record<string, string>;
  origins: Record<string, ContainerEnvOrigin>;
  /** The host file mounted at /app/.env, when there is one. */
  mountedDotenv?: string;
}

/**
 * The environment LibreChat's process sees in the container: what Compose sets, and under it
 * (dotenv never overrides a set variable) the .env mounted at /app/.env as the `dotenv` package
 * reads it. This is where `OPENAI_API_KEY=${MODELSCOPE_API_KEY}` is decided: through `env_file`
 * Compose substitutes it; through the mounted file alone LibreChat gets the literal text.
 */
export function containerEnvironment(service: ComposeService): ContainerEnvironment {
  const values: Record<string, string> = {};
  const origins: Record<string, ContainerEnvOrigin> = {};
  const { hostPath } = hostPathOf(service, DOTENV_IN_CONTAINER);
  if (hostPath && existsSync(hostPath)) {
    for (const [key, value] of Object.entries(parseEnvText(DOTENV_IN_CONTAINER, readFileSync(hostPath, 'utf8')).values)) {
      values[key] = value;
      origins[key] = 'dotenv';
    }
  }
  for (const [key, entry] of Object.entries(service.environment)) {
    if (entry.value === undefined) continue;
    values[key] = entry.value;
    origins[key] = 'compose';
  }
  return { values, origins, mountedDotenv: hostPath };
}
