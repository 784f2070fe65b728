import { findLibreChatService, loadComposeProject } from '../compose/index.js';
import { lookUpVersion, type VersionEvidence } from '../librechat/index.js';

/** LibreChat's published images: `librechat`, `librechat-dev`, `librechat-api`, `librechat-dev-api` (ghcr.io or Docker Hub). */
const LIBRECHAT_IMAGE = /(^|\/)librechat(-dev)?(-api)?(:|@|$)/i;

/**
 * The LibreChat service's image tag in the folder's compose files (`ghcr.io/danny-avila/librechat:v0.8.5`,
 * `librechat-dev`, `-api` images, `librechat/librechat`). `latest`, a commit tag or a version outside the
 * registry is evidence too: unknown, judged as the newest. A service built from source names no release.
 */
export async function readComposeImage(folder: string, shellEnv: NodeJS.ProcessEnv): Promise<VersionEvidence | undefined> {
  let project;
  try {
    project = await loadComposeProject(folder, shellEnv);
  } catch {
    // A compose file the reader cannot parse says nothing about the version; other commands report it.
    return undefined;
  }
  const service = project && findLibreChatService(project);
  if (!project || !service?.image || !service.imageTag || service.built || !LIBRECHAT_IMAGE.test(service.image)) return undefined;
  return { source: 'compose-image', file: project.files.join(' + '), value: service.image, resolved: lookUpVersion(service.imageTag) };
}
