import { loadDeployment, loadDeploymentEnvironment, type DeploymentEnvironment } from '../config/load-deployment.js';
import type { RuntimeChoice } from '../config/runtime.js';
import { chooseNamedVersion, deploymentFolder, type NamedVersion } from './index.js';

/**
 * For commands that need the deployment's environment but not its config (clear-models-cache):
 * the environment, and the version the deployment names, read from the config's folder like
 * every other command. A config that does not load only loses its `version:` as evidence.
 */
export async function readDeploymentVersion(input: { env?: string; cwd: string; processEnv: NodeJS.ProcessEnv; runtime?: RuntimeChoice; requested?: string }): Promise<{ deployment: DeploymentEnvironment; named?: NamedVersion }> {
  const inputs = { ...(input.env ? { env: input.env } : {}), cwd: input.cwd, processEnv: input.processEnv, runtime: input.runtime };
  const full = await loadDeployment(inputs).catch(() => undefined);
  const deployment = full ?? (await loadDeploymentEnvironment(inputs));
  const configVersion = (full?.config?.value as { version?: unknown } | undefined)?.version;
  const folder = full ? deploymentFolder(full, input.cwd) : input.cwd;
  return { deployment, named: await chooseNamedVersion({ requested: input.requested, folder, configVersion, shellEnv: input.processEnv }) };
}
