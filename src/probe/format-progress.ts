import type { ProbeProgressEvent } from './types.js';

export interface ProgressReporter {
  onEvent(event: ProbeProgressEvent): void;
  /** Clears the live line before the report is printed. */
  finish(): void;
}

/**
 * One live line on a terminal, rewritten as probes start and finish. Only for a TTY: in CI and
 * pipes the report alone is the output (the team rule: progress only on a TTY).
 */
export function createProgressReporter(write: (text: string) => void): ProgressReporter {
  const running = new Set<string>();
  let done = 0;
  let started = 0;
  // Width of the line on screen: overwritten with spaces, not an erase escape, so NO_COLOR and
  // dumb terminals get no control sequences at all.
  let width = 0;
  const render = () => {
    const names = [...running].slice(0, 3).join(', ') + (running.size > 3 ? ', ...' : '');
    const line = `probing ${done}/${started} done${names ? `: ${names}` : ''}`;
    write(`\r${line.padEnd(width)}`);
    width = line.length;
  };
  return {
    onEvent(event) {
      const label = `${event.endpoint}/${event.model}`;
      if (event.type === 'start') {
        started++;
        running.add(label);
      } else {
        done++;
        running.delete(label);
      }
      render();
    },
    finish() {
      if (width > 0) write(`\r${' '.repeat(width)}\r`);
    },
  };
}
