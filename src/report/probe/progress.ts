import type { ProbeProgressEvent } from '../../probe/types.js';
import { words } from '../i18n/index.js';
import { displayWidth, padDisplay } from '../shared/width.js';

export interface ProgressReporter {
  onEvent(event: ProbeProgressEvent): void;
  /** Clears the live line before the report is printed. */
  finish(): void;
}

/**
 * One live line on a terminal, rewritten as probes start and finish. In CI (`CI` set, no TTY)
 * see `createPlainProgressReporter`; in other pipes the report alone is the output.
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
    const line = words().probe.progressLive(done, started, names);
    write(`\r${padDisplay(line, width)}`);
    width = displayWidth(line);
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

/** CI logs: one plain line per finished probe, so a slow run shows where it is. */
export function createPlainProgressReporter(write: (text: string) => void): ProgressReporter {
  let started = 0;
  let done = 0;
  return {
    onEvent(event) {
      if (event.type === 'start') {
        started++;
        return;
      }
      done++;
      write(`${words().probe.progressLine(done, started, `${event.endpoint}/${event.model}`, event.ok, event.ms)}\n`);
    },
    finish() {},
  };
}

/** The reporter for this output: live line on a terminal, plain lines in CI, none in other pipes. */
export function chooseProgressReporter(io: { isTTY: boolean; env: NodeJS.ProcessEnv; stderr: (text: string) => void }): ProgressReporter | undefined {
  if (io.isTTY) return createProgressReporter(io.stderr);
  if (io.env.CI && io.env.CI !== 'false') return createPlainProgressReporter(io.stderr);
  return undefined;
}
