// LibreChat's own config check, as its server runs it at start-up (loadCustomConfig): js-yaml's
// `load`, then `configSchema.strict().safeParse` from the pinned librechat-data-provider.
// bench/startup.js times this as the bar lc-doctor validate must beat.
/* eslint-disable @typescript-eslint/no-require-imports -- LibreChat's server is CommonJS; this times it as it runs */
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { configSchema } = require('ldp-0.8.524');
// The js-yaml that librechat-data-provider itself depends on (LibreChat's api pins the same major).
const yaml = createRequire(require.resolve('ldp-0.8.524'))('js-yaml');

const result = configSchema.strict().safeParse(yaml.load(readFileSync(process.argv[2], 'utf8')));
process.stdout.write(result.success ? 'valid\n' : `${result.error.issues.length} issues\n`);
