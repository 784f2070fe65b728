/**
 * URL rules LibreChat applies before fetching a model list. Written from LibreChat's
 * `extractBaseURL` / `deriveBaseURL` behaviour, reduced to what model fetching needs.
 */

const PROXY_SUFFIXES = [
  'azure-openai', 'openai', 'aws-bedrock', 'anthropic', 'cohere', 'deepseek', 'google-ai-studio',
  'google-vertex-ai', 'grok', 'groq', 'mistral', 'openrouter', 'perplexity-ai', 'replicate',
  'huggingface', 'workers-ai',
];

/**
 * `OPENAI_REVERSE_PROXY` (and `directEndpoint` URLs) are cut back to `.../v1` (plus a known
 * gateway suffix), so `https://host/v1/chat/completions` fetches from `https://host/v1/models`.
 * A URL without `/v1` is used as it is.
 */
export function extractBaseURL(url: string): string {
  const v1 = url.indexOf('/v1');
  if (v1 < 0) return url;
  const suffix = PROXY_SUFFIXES.find((s) => url.includes(`/${s}`));
  if (suffix === 'azure-openai') return url.split(/\/(chat|completion)/)[0] ?? url;
  const openaiAt = url.indexOf('/openai', v1 + 3);
  if (openaiAt === v1 + 3) {
    const nextSlash = url.indexOf('/', openaiAt + 7);
    return nextSlash < 0 ? url.slice(0, openaiAt + 7) : url.slice(0, nextSlash);
  }
  const suffixAt = suffix ? url.indexOf(`/${suffix}`, v1 + 3) : -1;
  if (suffix && suffixAt > 0) return url.slice(0, suffixAt + suffix.length + 1);
  return url.slice(0, v1 + 3);
}

/** `protocol://host[:port]`, where Ollama's `/api/tags` lives; the input when it is no URL. */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return url;
  }
}

/** The path LibreChat appends to a custom `baseURL` already sits there: the fetch will 404. */
export function endsWithChatCompletions(url: string): boolean {
  return /\/chat\/completions\/?$/.test(url);
}

/** The base the user most likely meant: the URL without `/chat/completions`. */
export function withoutChatCompletions(url: string): string {
  return url.replace(/\/chat\/completions\/?$/, '');
}

/** Splits a `*_MODELS` value the way LibreChat's `splitAndTrim` does. */
export function splitAndTrim(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
