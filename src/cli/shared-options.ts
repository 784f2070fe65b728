import { Option } from 'commander';

/**
 * Options several commands share, declared once so their flags and wording agree. The values are
 * checked by commander (`choices`), so commands receive only valid ones.
 */
export function runtimeOption(): Option {
  return new Option('--runtime <how>', 'how LibreChat runs: compose (docker compose in this folder), node (npm run backend), auto (compose when a compose file runs LibreChat)')
    .choices(['auto', 'compose', 'node'])
    .default('auto');
}
