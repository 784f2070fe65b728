import { compareVersions } from '../schema/targets.js';

/**
 * How the targeted LibreChat line builds model lists where the lines differ. Facts that the
 * generated schema data holds (default lists, reserved names) come from there, not from here.
 */
export interface VersionRules {
  /** Ids kept from api.openai.com (`fetchOpenAIModels`); 0.7.x required a dash after `o1`, which hid `o1` (#6236). */
  openAIFilter: RegExp;
  /** `user_provided` key/URL with `fetch: true`: 0.8.5+ fetches with the user's stored key, older lines never fetch. */
  userProvidedFetch: 'with-user-key' | 'never';
  /** 0.8.x falls back to `{base}/models` when `/api/tags` fails for an `ollama*` name; 0.7.x returns nothing. */
  ollamaFallsBackToModels: boolean;
  /** 0.8.x strips trailing slashes from the base URL and sends the endpoint's `headers` with the fetch. */
  stripsTrailingSlash: boolean;
  sendsEndpointHeaders: boolean;
  /** `directEndpoint` exists (0.8.x): the fetch base is derived from the full URL. */
  directEndpoint: boolean;
}

const OPENAI_FILTER_08 = /(text-davinci-003|gpt-|o\d+|chat-latest)/;
const OPENAI_FILTER_07 = /(text-davinci-003|gpt-|o\d+-)/;

export function rulesFor(librechatVersion: string): VersionRules {
  const is08 = compareVersions(librechatVersion, '0.8.0') >= 0;
  return {
    openAIFilter: is08 ? OPENAI_FILTER_08 : OPENAI_FILTER_07,
    userProvidedFetch: compareVersions(librechatVersion, '0.8.5') >= 0 ? 'with-user-key' : 'never',
    ollamaFallsBackToModels: is08,
    stripsTrailingSlash: is08,
    sendsEndpointHeaders: is08,
    directEndpoint: is08,
  };
}

/** Ids excluded from api.openai.com's list in every line. */
export const OPENAI_EXCLUDE = /audio|realtime/;
