import { encodePointer } from '../core/json-pointer.js';
import { interpolate } from '../env/interpolate.js';
import type { Rule, RuleReport } from './types.js';
import { replaceScalarEdit } from '../config/yaml-edits.js';
import { asFix, listCustomEndpoints } from './support.js';

const CHAT_COMPLETIONS_SUFFIX = /\/chat\/completions\/?$/;
/** The suffix as written, blanks after it kept (they are outside the value LibreChat trims). */
const TRAILING_SUFFIX = /\/chat\/completions\/?(\s*)$/;

/** LibreChat appends `/chat/completions` and `/models` to baseURL (issue #1626). */
export const baseurlChatCompletions: Rule = {
  id: 'baseurl-chat-completions',
  defaultSeverity: 'warn',
  description: 'A custom baseURL ends in /chat/completions: LibreChat appends the path again and model fetch 404s.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      if (typeof entry.baseURL !== 'string' || entry.directEndpoint === true) continue;
      const resolved = interpolate(entry.baseURL, context.environment).value;
      if (!CHAT_COMPLETIONS_SUFFIX.test(resolved)) continue;
      const written = resolved === entry.baseURL.trim();
      const pointer = encodePointer(['endpoints', 'custom', index, 'baseURL']);
      reports.push({
        file: 'config',
        pointer,
        code: 'baseurl-chat-completions',
        params: { root: resolved.replace(CHAT_COMPLETIONS_SUFFIX, ''), ...(written ? {} : { written: entry.baseURL.trim() }) },
        // Written in the file: cut the suffix there. From a variable: the variable may serve others, so no edit.
        ...(written ? asFix(replaceScalarEdit(context.config!, pointer, entry.baseURL.replace(TRAILING_SUFFIX, '$1'))) : { noFix: 'value-from-environment' as const }),
      });
    }
    return reports;
  },
};
