#!/usr/bin/env node
// Bundles the CLI (src/cli/main.ts and everything it imports, dynamic imports included) into one
// CommonJS file, dist/bundle/lc-doctor.cjs, which bin/lc-doctor.js runs through a V8 code cache.
// Start-up is the whole cost of `validate` in a pre-commit hook: one file, compiled once per
// Node version, instead of ~80 ES modules resolved and compiled on every run.
// The network and database clients stay out of it: only the commands that talk to a server load them.
// undici, which every model-list lookup and probe needs, is bundled on its own (dist/bundle/undici.cjs)
// and loaded through the same code cache: compiling its ~100 CommonJS files cost check-models ~90 ms.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}src/`;

/** Loaded at run time by the commands that need them, from node_modules as usual. */
const EXTERNAL = ['ioredis', 'mongodb'];
const UNDICI_BUNDLE = 'undici.cjs';

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

/**
 * In the CLI bundle, `import('undici')` loads dist/bundle/undici.cjs through the code cache, with the
 * cache profile of the running command (src/core/code-cache.ts), as bin/ loads the CLI itself.
 */
const cachedUndiciPlugin = {
  name: 'cached-undici',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^undici$/ }, ({ importer }) => (importer.startsWith(src) ? { path: 'undici', namespace: 'cached-undici' } : undefined));
    esbuild.onLoad({ filter: /.*/, namespace: 'cached-undici' }, () => ({
      contents: `const { requireWithCodeCache, commandProfile } = require(${JSON.stringify(`${src}core/code-cache.ts`)});
module.exports = requireWithCodeCache(require('node:path').join(__dirname, ${JSON.stringify(UNDICI_BUNDLE)}), { profile: commandProfile(process.argv.slice(2)) }).exports;`,
      loader: 'js',
      resolveDir: src,
    }));
  },
};

/**
 * undici's cookie helpers read `globalThis.Headers` when undici loads, and that getter makes Node
 * load and compile its own bundled copy of undici (~60 ms of CPU) that lc-doctor never uses. The
 * helpers then accept undici's `Headers` only; lc-doctor calls no cookie helper. The build fails
 * if a new undici changes that line, so the patch is never silently lost.
 */
const quietUndiciPlugin = {
  name: 'quiet-undici',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]undici[\\/]lib[\\/]web[\\/]cookies[\\/]index\.js$/ }, async ({ path }) => {
      const contents = await readFile(path, 'utf8');
      const line = '[Headers, globalThis.Headers].filter(Boolean)';
      if (!contents.includes(line)) throw new Error(`${path}: expected \`${line}\` (see quietUndiciPlugin in scripts/build-bundle.mjs)`);
      return { contents: contents.replace(line, '[Headers]'), loader: 'js' };
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

await build({ ...common, entryPoints: [`${src}cli/main.ts`], outfile: `${root}dist/bundle/lc-doctor.cjs`, plugins: [moduleUrlPlugin, cachedUndiciPlugin] });
await build({ ...common, entryPoints: ['undici'], outfile: `${root}dist/bundle/${UNDICI_BUNDLE}`, plugins: [quietUndiciPlugin] });
// The launcher bin/lc-doctor.js requires: small, CommonJS, so a run never starts Node's ES module loader.
await build({ ...common, entryPoints: [`${src}launch/index.ts`], outfile: `${root}dist/bundle/launch.cjs` });
