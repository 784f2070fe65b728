import type { Readable } from 'node:stream';

/**
 * Reads one key from stdin for `--key-stdin`. On a terminal the typing is not echoed; from a pipe
 * the first line is used. The key lives only in memory for this run.
 */
export async function readKeyFromStdin(stdin: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown }, prompt: (text: string) => void): Promise<string> {
  if (stdin.isTTY && stdin.setRawMode) return readHidden(stdin as Readable & { setRawMode: (raw: boolean) => unknown }, prompt);
  let text = '';
  for await (const part of stdin) {
    text += String(part);
    if (text.includes('\n')) break;
  }
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

function readHidden(stdin: Readable & { setRawMode: (raw: boolean) => unknown }, prompt: (text: string) => void): Promise<string> {
  prompt('API key (input hidden): ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve) => {
    let key = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004' || char === '\u0003') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          prompt('\n');
          resolve(char === '\u0003' ? '' : key.trim());
          return;
        }
        key = char === '\u007f' ? key.slice(0, -1) : key + char;
      }
    };
    stdin.on('data', onData);
  });
}
