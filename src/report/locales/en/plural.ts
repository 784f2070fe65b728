/** `1 model`, `2 models`, `3 entries`: English plurals for the counts in messages. */
export function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : word.replace(/([^aeiou])y$/, '$1ie') + 's'}`;
}
