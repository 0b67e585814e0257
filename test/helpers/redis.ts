import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A throwaway redis-server (Debian's package) on a free loopback port, no persistence. */
export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server (SIGKILL), as a crash would; `start()` brings it back on the same port. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** SIGSTOP: the server hangs with every connection open (a frozen Redis, not a dead one). */
  pause(): void;
  /** SIGCONT: it answers again, everything it received meanwhile included. */
  resume(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const start = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
      proc!.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`redis-server could not run (install Debian's redis-server): ${err.message}`));
      });
      proc!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  };
  const kill = async () => {
    const p = proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  };
  await start();
  const signal = (sig: NodeJS.Signals) => {
    if (!proc || proc.exitCode !== null) throw new Error('redis-server is not running');
    proc.kill(sig);
  };
  return { url: `redis://127.0.0.1:${port}`, port, kill, start, stop: async () => (signal('SIGCONT'), kill()), pause: () => signal('SIGSTOP'), resume: () => signal('SIGCONT') };
}
