/**
 * Work counted, not timed: every element an array method walks while `work` runs. A quadratic
 * loop (`includes` inside a loop, yaml's pairwise key check) shows up as 100x the work for 10x the
 * input, on any machine and under any load.
 */
const COUNTED = ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'some', 'every', 'map', 'forEach', 'flatMap', 'reduce', 'slice', 'join'] as const;

export async function countArrayWork(work: () => Promise<void>): Promise<number> {
  let visited = 0;
  const prototype = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = COUNTED.map((name) => [name, prototype[name]!] as const);
  for (const [name, original] of originals) {
    prototype[name] = function (this: unknown[], ...args: unknown[]) {
      visited += this.length;
      return original.apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    for (const [name, original] of originals) prototype[name] = original;
  }
  return visited;
}

