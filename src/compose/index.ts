/**
 * Docker Compose, read without docker: which files `docker compose up` reads in a folder, the
 * services as Compose merges them (image tag, env_file + environment after Compose's
 * substitution, mounts, published ports, host names), and the LibreChat service's view of them
 * (its config mount and CONFIG_PATH, the environment its process sees).
 */
export type { ComposeEnvEntry, ComposeMount, ComposePort, ComposeProblem, ComposeProject, ComposeSelection, ComposeService } from './types.js';
export { findComposeFiles, DEFAULT_COMPOSE_FILES, OVERRIDE_COMPOSE_FILES, DEPLOY_COMPOSE_FILE } from './find-files.js';
export { loadComposeProject, imageTag } from './load-project.js';
export { substituteCompose, type ComposeLookup, type ComposeSubstitution } from './interpolate.js';
export { parseComposeEnvFile, type ComposeEnvValue } from './env-file.js';
export {
  findLibreChatService,
  configInContainer,
  hostPathOf,
  findServiceByHost,
  defaultNetwork,
  DEFAULT_CONFIG_IN_CONTAINER,
  LIBRECHAT_APP_DIR,
  type ConfigInContainer,
  type ServiceAddress,
} from './librechat-service.js';
export { containerEnvironment, type ContainerEnvironment, type ContainerEnvOrigin } from './container-env.js';
export { reachFromHost, type ComposeReach } from './reach.js';
