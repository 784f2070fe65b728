import type { JsonValue } from '../providers/index.js';

/**
 * What add-endpoint tells the user about the entry it writes: a code and the facts its sentence
 * needs (never words). `src/report/locales/<language>/add-endpoint.ts` words each code; the
 * compiler checks every language has every one. `provider` is the preset's display label.
 */
export interface AddEndpointNotices {
  'unknown-model': { model: string; provider: string };
  'reasoning-title-model': { titleModel: string };
  'no-thinking-switch': { provider: string; wanted: 'on' | 'off' };
  /** The thinking switch would reach models that 400 on it: they belong in a second entry. */
  'thinking-switch-mixed': { provider: string; fields: string[]; models: string[]; suggestedName: string };
  'titles-own-entry': { provider: string; titleEntry: string; titleModel: string };
  'titles-off': { provider: string; librechatVersion: string };
  'reasoning-key-unsupported': { provider: string; librechatVersion: string; reasoningKey: string };
  'fetch-unverified': { provider: string };
  'key-alias-reused': { alias: string; keyVariable: string };
  'openai-key-reference': { keyReference: string };
  'openai-key-foreign': { provider: string };
  'openai-models-foreign': { provider: string; models: string[]; replacement: string };
  'openai-thinking-unavailable': { models: string[]; switchOn: Record<string, JsonValue> };
  'openai-models-replace': Record<string, never>;
  'plaintext-api-key': Record<string, never>;
}

export type NoticeCode = keyof AddEndpointNotices;

/** Something the user should know about the generated entry. */
export type Notice = { [C in NoticeCode]: { code: C; params: AddEndpointNotices[C] } }[NoticeCode];
