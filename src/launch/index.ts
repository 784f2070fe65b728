export { runBundledCli } from './run-bundled-cli.js';
