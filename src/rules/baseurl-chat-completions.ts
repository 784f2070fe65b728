import { encodePointer } from '../core/json-pointer.js';
import { interpolate } from '../env/interpolate.js';
import { compareVersions } from '../librechat/index.js';
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
  description: 'A custom baseURL ends in /chat/completions: LibreChat appends the path again, so chats and model fetch 404.',
  check(context) {
    const reports: RuleReport[] = [];
    for (const { index, entry } of listCustomEndpoints(context.config?.value)) {
      if (typeof entry.baseURL !== 'string' || entry.directEndpoint === true) continue;
      const resolved = interpolate(entry.baseURL, context.environment).value;
      if (!CHAT_COMPLETIONS_SUFFIX.test(resolved) || legacyClientCutsIt(context.target.librechatVersion, resolved, entry)) continue;
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

/**
 * Up to v0.7.8 chats and titles go through the old OpenAIClient, which cuts a URL back to its
 * first `/v1` (`extractBaseURL`, api/utils/extractBaseURL.js), so `.../v1/chat/completions` still
 * works there; only the `/models` fetch appends to the URL as written. The suffix then costs
 * something only when `models.fetch` is on.
 */
function legacyClientCutsIt(librechatVersion: string, resolved: string, entry: Record<string, unknown>): boolean {
  if (compareVersions(librechatVersion, '0.7.9') >= 0) return false;
  const root = resolved.replace(CHAT_COMPLETIONS_SUFFIX, '');
  const models = entry.models;
  const fetches = typeof models === 'object' && models !== null && (models as { fetch?: unknown }).fetch === true;
  return !fetches && root.indexOf('/v1') === root.length - 3;
}
