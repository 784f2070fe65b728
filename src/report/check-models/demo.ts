import type { DemoRun } from '../../demo/run-demo.js';
import { createStyle } from '../shared/style.js';
import { formatStylish } from './stylish.js';

/** The demo's whole output: what was set up, the report, the `--why` answer, what to try next. */
export function formatDemo(run: DemoRun, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const out = [style.bold('lc-doctor demo'), style.dim('Mock providers on loopback, a sample librechat.yaml and .env, then check-models --probe on them.'), ''];
  for (const p of run.providers) out.push(`  ${style.bold(p.name.padEnd(12))} ${p.url}  ${style.dim(p.story)}`);
  out.push('', style.dim(`librechat.yaml (in a temp folder, removed afterwards):`), ...run.configText.trimEnd().split('\n').map((l) => style.dim(`  ${l}`)), '');
  out.push(style.bold('$ lc-doctor check-models --probe'), formatStylish(run.report, { color: options.color, verbose: false }));
  out.push(style.bold(`$ lc-doctor check-models --why ${run.why.why?.model ?? ''}`), formatStylish(run.why, { color: options.color, verbose: false }));
  out.push('On your own deployment: lc-doctor check-models --config librechat.yaml --env .env --probe', '');
  return out.join('\n');
}
