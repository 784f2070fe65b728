#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts and everything it imports, dynamic imports included) into one
// CommonJS file, dist/bundle/lc-doctor.cjs, which bin/lc-doctor.js runs through a V8 code cache.
// Start-up is the whole cost of `validate` in a pre-commit hook: one file, compiled once per
// Node version, instead of ~80 ES modules resolved and compiled on every run.
// The network and database clients stay external: only the commands that talk to a server load them.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;

/** Loaded at run time by the commands that need them, from node_modules as usual. */
const EXTERNAL = ['undici', 'ioredis', 'mongodb'];

/**
 * `import.meta.url` in a module becomes the URL that module has in the unbundled dist/ tree, so a
 * path written relative to its module (`../../schemas/`) means the same in both builds.
 */
const moduleUrlPlugin = {
  name: 'module-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const contents = await readFile(path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      const distPath = relative(src, path).replace(/\.ts$/, '.js');
      const url = `require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', ${JSON.stringify(distPath)})).href`;
      return { contents: contents.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: EXTERNAL,
  // `import()` becomes `require()`: the bundle runs as a script, where `import()` needs an experimental vm hook.
  supported: { 'dynamic-import': false },
  plugins: [moduleUrlPlugin],
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [`${src}cli/main.ts`], outfile: `${root}dist/bundle/lc-doctor.cjs` });
// The launcher bin/lc-doctor.js requires: small, CommonJS, so a run never starts Node's ES module loader.
await build({ ...common, entryPoints: [`${src}launch/index.ts`], outfile: `${root}dist/bundle/launch.cjs` });
