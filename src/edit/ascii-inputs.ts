import { findFullwidthSlips, toAscii } from '../core/fullwidth.js';
import { UsageError } from '../core/errors.js';

/** add-endpoint's typed values, by the option that carried them. */
export interface TypedInputs {
  name?: string;
  baseUrl?: string;
  models?: string[];
  titleModel?: string;
  apiKeyEnv?: string;
}

const OPTION: Record<keyof TypedInputs, string> = { name: '--name', baseUrl: '--base-url', models: '--models', titleModel: '--title-model', apiKeyEnv: '--api-key-env' };

/**
 * Refuses a value typed with a Chinese input method's punctuation (`--models a，b`) before
 * anything is written: `a，b` would become one model id. Nothing is guessed; the message shows
 * the value in ASCII, ready to paste. Chinese prose (a `--name` like `通义（Qwen）`) is allowed.
 */
export function assertAsciiInputs(inputs: TypedInputs): void {
  for (const field of Object.keys(OPTION) as (keyof TypedInputs)[]) {
    const raw = inputs[field];
    if (raw === undefined) continue;
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    const [slip] = findFullwidthSlips(value);
    if (!slip) continue;
    const fixed = toAscii(value).replace(/\s*,\s*/g, ',').trim();
    throw new UsageError({ code: 'add-endpoint.fullwidth', params: { option: OPTION[field], char: slip.char, position: slip.offset + 1, value, fixed } });
  }
}
