import { lineOf, type ModelListRules } from '../librechat/index.js';

/** How the targeted LibreChat line builds model lists, from the registry (src/librechat). */
export type VersionRules = ModelListRules;

export function rulesFor(librechatVersion: string): VersionRules {
  return lineOf(librechatVersion).models;
}

/** Whether this line sends the built-in OpenAI endpoint's chats to OpenRouter when `OPENROUTER_API_KEY` is set. */
export function openRouterTakesOver(librechatVersion: string, environment: Record<string, string>): boolean {
  return Boolean(environment.OPENROUTER_API_KEY) && lineOf(librechatVersion).openRouterApiKey === 'openai-chat-to-openrouter';
}

/** Ids excluded from api.openai.com's list in every line. */
export const OPENAI_EXCLUDE = /audio|realtime/;
