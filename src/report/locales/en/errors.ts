import type { ErrorWords } from '../../errors/words.js';
import { problems } from './problems.js';
import { reach } from './reach.js';

export const errors: ErrorWords = {
  problems,
  reach,
  commander: (_code, message) => message,
  hintLabel: 'hint:',
  internalError: (detail) => `internal error: ${detail}`,
  internalErrorHint: 'this is a bug in lc-doctor; set LC_DOCTOR_DEBUG=1 for the stack trace and report it',
  usageHint: "run 'lc-doctor --help' or 'lc-doctor <command> --help'",
};
