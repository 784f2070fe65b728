// Shared by the Redis benchmarks: a free port, RESP encoding and bulk loading with `redis-cli --pipe`.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** RESP for one SET (optionally with PX), as `redis-cli --pipe` expects. */
export function resp(...args) {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

export function pipeLoad(port, from, to, make) {
  const child = spawn('redis-cli', ['-p', String(port), '--pipe'], { stdio: ['pipe', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`redis-cli --pipe exited ${code}`))));
    let i = from;
    const write = () => {
      while (i < to) {
        let chunk = '';
        for (let j = 0; j < 5000 && i < to; j++, i++) chunk += make(i);
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', write);
      }
      child.stdin.end();
    };
    write();
  });
}
