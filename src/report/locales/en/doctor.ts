import type { DoctorWords } from '../../doctor/words.js';
import { plural } from './plural.js';

export const doctor: DoctorWords = {
  nothingToFix: 'nothing to fix',
  running: (step) => `lc-doctor: running ${step}...`,
  summary: (t) => `${plural(t.total, 'finding')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}), judged by LibreChat ${t.librechatVersion}`,
  shows: (s) => `${plural(s.endpoints, 'endpoint')} and ${plural(s.models, 'model')} will show`,
  cache: { redis: 'model cache read from Redis', memory: 'model cache in process memory (a restart refreshes it)', error: (reason) => `model cache not read (${reason})`, notRead: 'model cache not read' },
  probe: { ran: 'models probed', skipped: (reason) => `probe skipped (${reason})`, notRun: 'not probed (add --probe to stream one request per model)' },
  label: (text) => `${text}: `,
  join: (parts) => parts.join('; '),
  markdown: {
    nothing: '✅ Nothing to fix.',
    totals: (t) => `**${t.errors} error(s), ${t.warnings} warning(s), ${t.infos} info(s)**, judged by LibreChat ${t.librechatVersion}.`,
    columns: '| # | | finding | fix | where | shown by |',
    sentence: (text) => `${text}.`,
  },
};
