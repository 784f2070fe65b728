import { InvalidArgumentError } from 'commander';
import { words } from '../report/i18n/index.js';

/**
 * Parsers for numeric options. Every number a user types is checked for form and range here,
 * so `--timeout 1e9` or `--concurrency 0x10` is a usage error naming the allowed range instead
 * of a timer that fires at once (Node caps timers at 2^31-1 ms) or an obscure crash.
 */

/** A whole number written in decimal digits, from `min` to `max`. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(words().errors.optionValue.integer(min, max));
    return n;
  };
}

/** Seconds with up to three decimals (millisecond precision), from `min` to `max`. */
export function secondsIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = /^\d+(?:\.\d{1,3})?$|^\.\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (!Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(words().errors.optionValue.seconds(min, max));
    return n;
  };
}
