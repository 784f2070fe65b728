import { encodePointer } from '../core/json-pointer.js';
import { interpolate } from '../env/interpolate.js';
import type { Rule, RuleReport } from './types.js';
import { listCustomEndpoints } from './support.js';

const CHAT_COMPLETIONS_SUFFIX = /\/chat\/completions\/?$/;

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
      reports.push({
        file: 'config',
        pointer: encodePointer(['endpoints', 'custom', index, 'baseURL']),
        code: 'baseurl-chat-completions',
        params: { root: resolved.replace(CHAT_COMPLETIONS_SUFFIX, ''), ...(resolved === entry.baseURL.trim() ? {} : { written: entry.baseURL.trim() }) },
      });
    }
    return reports;
  },
};
