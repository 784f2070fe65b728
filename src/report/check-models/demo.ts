import type { DemoRun } from '../../demo/run-demo.js';
import { words } from '../i18n/index.js';
import { createStyle } from '../shared/style.js';
import { padDisplay } from '../shared/width.js';
import { formatStylish } from './stylish.js';
import { formatDoctorStylish } from '../doctor/stylish.js';

/** The demo's whole output: what was set up, the report, the `--why` answer, what to try next. */
export function formatDemo(run: DemoRun, options: { color: boolean }): string {
  const style = createStyle(options.color);
  const t = words().checkModels.demo;
  const out = [style.bold('lc-doctor demo'), style.dim(t.intro), ''];
  for (const p of run.providers) out.push(`  ${style.bold(padDisplay(p.name, 12))} ${p.url}  ${style.dim(t.stories[p.name] ?? '')}`);
  out.push('', style.dim(t.configCaption), ...run.configText.trimEnd().split('\n').map((l) => style.dim(`  ${l}`)), '');
  out.push(style.bold('$ lc-doctor doctor --probe'), formatDoctorStylish(run.doctor, { color: options.color }));
  out.push(style.bold(`$ lc-doctor check-models --why ${run.why.why?.model ?? ''}`), formatStylish(run.why, { color: options.color, verbose: false }));
  out.push(t.onYourOwn, '');
  return out.join('\n');
}
