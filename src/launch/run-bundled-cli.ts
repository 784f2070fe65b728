import { fileURLToPath } from 'node:url';
import { isVersionRequest } from '../cli/version-request.js';
import { VERSION } from '../version.js';

/** What `npm run build` writes (scripts/build-bundle.mjs): the whole CLI in one CommonJS file. */
const BUNDLE = fileURLToPath(new URL('../bundle/lc-doctor.cjs', import.meta.url));

type Main = (argv: string[]) => Promise<number>;

/**
 * Runs the CLI from its bundle through the code cache (src/core/code-cache.ts). Each command runs
 * different functions, so each keeps its own cache: `validate`'s never misses what `check-models`
 * compiled. `--version` is answered here, before the bundle is even read.
 */
export async function runBundledCli(argv: string[]): Promise<number> {
  if (isVersionRequest(argv)) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const { requireWithCodeCache, commandProfile } = await import('../core/code-cache.js');
  const { exports } = requireWithCodeCache(BUNDLE, { profile: commandProfile(argv) });
  return (exports as { main: Main }).main(argv);
}
