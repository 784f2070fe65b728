#!/usr/bin/env node
// CommonJS (bin/package.json): a run never starts Node's ES module loader. The launcher and the CLI
// are bundles built by `npm run build` (scripts/build-bundle.mjs); see docs/startup.md.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS launcher
const { runBundledCli } = require('../dist/bundle/launch.cjs');

runBundledCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
