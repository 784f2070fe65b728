import type { ErrorWords } from '../../errors/words.js';
import { wordFinding } from '../../validate/word-finding.js';

export const errors: ErrorWords = {
  problems: {
    'add-endpoint.invalid-yaml': (p) => ({
      message: `${p.file} is not valid YAML (line ${p.line || '?'}: ${wordFinding(p.finding).message}); nothing was changed`,
      hint: "fix it first; 'lc-doctor validate' shows every problem",
    }),
    'add-endpoint.schema-errors': (p) => ({
      message: `${p.file} has ${p.count} schema error(s) LibreChat would reject (first: ${wordFinding(p.finding).message}); nothing was changed`,
      hint: "run 'lc-doctor validate' to see them, fix them, or pass --force to add the endpoint anyway",
    }),
  },
  commander: (_code, message) => message,
  hintLabel: 'hint:',
  internalError: (detail) => `internal error: ${detail}`,
  internalErrorHint: 'this is a bug in lc-doctor; set LC_DOCTOR_DEBUG=1 for the stack trace and report it',
  usageHint: "run 'lc-doctor --help' or 'lc-doctor <command> --help'",
};
