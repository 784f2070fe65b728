import type { Io } from '../../core/io.js';
import type { ProbeView } from '../../probe/command.js';
import { createStyle } from '../shared/style.js';
import { formatProbeJson } from './json.js';
import { chooseProgressReporter } from './progress.js';
import { formatProbeStylish } from './stylish.js';

/** The one map of probe output formats; `--format` choices are its keys. */
export const probeFormats = ['stylish', 'json'] as const;
export type ProbeFormat = (typeof probeFormats)[number];

/** How `lc-doctor probe` shows its run: the chosen format, plus live progress on stderr. */
export function createProbeView(io: Io, options: { format: ProbeFormat; verbose: boolean; color: boolean }): ProbeView {
  const progress = chooseProgressReporter(io);
  return {
    render: (report) => (options.format === 'json' ? formatProbeJson(report) : formatProbeStylish(report, { style: createStyle(options.color), verbose: options.verbose })),
    ...(progress ? { progress } : {}),
  };
}
