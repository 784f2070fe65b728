import type { ProbeProgressEvent } from './types.js';

export interface ProgressReporter {
  onEvent(event: ProbeProgressEvent): void;
  /** Clears the live line (TTY) before the report is printed. */
  finish(): void;
}

/**
 * On a terminal: one live line, rewritten as probes start and finish. Elsewhere (CI, pipes): one
 * plain line per finished probe, so logs show progress without control characters.
 */
export function createProgressReporter(write: (text: string) => void, tty: boolean): ProgressReporter {
  const running = new Set<string>();
  let done = 0;
  let started = 0;
  let shown = false;
  const render = () => {
    const names = [...running].slice(0, 3).join(', ') + (running.size > 3 ? ', ...' : '');
    write(`\r\u001b[2Kprobing ${done}/${started} done${names ? `: ${names}` : ''}`);
    shown = true;
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
        if (!tty) write(`probe ${label}: ${event.ok ? 'ok' : 'failed'} (${Math.round(event.ms)} ms)\n`);
      }
      if (tty) render();
    },
    finish() {
      if (tty && shown) write('\r\u001b[2K');
    },
  };
}
