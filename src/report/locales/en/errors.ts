import type { ErrorWords } from '../../errors/words.js';
import { problems } from './problems.js';
import { reach } from './reach.js';

export const errors: ErrorWords = {
  problems,
  reach,
  optionValue: {
    integer: (min, max) => `expected a whole number from ${min} to ${max}`,
    seconds: (min, max) => `expected seconds from ${min} to ${max} (up to 3 decimals)`,
    modelIds: 'expected model ids, e.g. --models qwen-plus,qwen-max',
  },
  commander: (_code, message) => message,
  hintLabel: 'hint:',
  internalError: (detail) => `internal error: ${detail}`,
  internalErrorHint: 'this is a bug in lc-doctor; set LC_DOCTOR_DEBUG=1 for the stack trace and report it',
  usageHint: "run 'lc-doctor --help' or 'lc-doctor <command> --help'",
};
