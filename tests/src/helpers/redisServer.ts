import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Daemon, handOver, serverLog, startDaemon } from './daemonProcess.ts';
import { freePort } from './freePort.ts';

/**
 * A real Redis for tests (issue 16): Debian's redis-server (installed when missing by
 * `scripts/ensure-redis.mjs`, which the README's test command runs first) on 127.0.0.1 on a free
 * port, nothing persisted (Redis is only the bus between Parley servers), its working dir a temp dir,
 * run as the same unprivileged user as PostgreSQL.
 */
export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  readonly startupMs: number;
  output(): string;
  /** SIGSTOP: connections stay open and hang, as with a stalled machine. */
  pause(): void;
  resume(): void;
  /** SIGKILL; `restart()` brings an empty Redis back on the same port. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** Shuts it down, then removes the temp dir. */
  stop(): Promise<void>;
}

const REDIS_SERVER = process.env.PARLEY_REDIS_SERVER ?? '/usr/bin/redis-server';

export async function startRedis(): Promise<RedisServer> {
  const started = Date.now();
  if (!fs.existsSync(REDIS_SERVER)) {
    throw new Error(
      `redis-server not found at ${REDIS_SERVER}: run \`node scripts/ensure-redis.mjs\` or set PARLEY_REDIS_SERVER`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-redis-'));
  handOver(dir);
  // Replaced by each (re)start; a record rather than two `let`s, which TypeScript would narrow to `null`.
  const state: { port: number; daemon: Daemon | null } = { port: 0, daemon: null };
  const launch = async (fixedPort: number | null): Promise<void> => {
    // A free port may be taken by someone else before Redis binds it: try another.
    for (let attempt = 1; ; attempt++) {
      state.port = fixedPort ?? (await freePort());
      try {
        state.daemon = await startDaemon({
          name: 'redis',
          command: REDIS_SERVER,
          args: [
            '--port',
            String(state.port),
            '--bind',
            '127.0.0.1',
            '--save',
            '',
            '--appendonly',
            'no',
            '--dir',
            dir,
            '--daemonize',
            'no',
          ],
          ready: /Ready to accept connections/,
        });
        return;
      } catch (error) {
        const portTaken = /Address already in use|Could not create server TCP listening socket/.test(String(error));
        if (!portTaken || fixedPort !== null || attempt >= 3) throw error;
      }
    }
  };
  try {
    await launch(null);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const startupMs = Date.now() - started;
  const port = state.port;
  serverLog('redis on port %d (pid %d) started in %d ms', port, state.daemon?.pid, startupMs);
  const current = (): Daemon => {
    if (!state.daemon) throw new Error('redis is not running');
    return state.daemon;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    startupMs,
    output: () => state.daemon?.output() ?? '',
    pause: () => current().pause(),
    resume: () => current().resume(),
    kill: () => current().kill(),
    async restart() {
      if (state.daemon?.running()) throw new Error('redis is still running: kill() or stop() it first');
      await launch(port);
      serverLog('redis on port %d restarted (pid %d)', port, state.daemon?.pid);
    },
    async stop() {
      await state.daemon?.stop('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
      serverLog('redis on port %d stopped', port);
    },
  };
}

/** One Redis for the tests of one file, started before the first and stopped after the last. */
export function useRedis(): () => RedisServer {
  let server: RedisServer | null = null;
  beforeAll(async () => {
    server = await startRedis();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('useRedis(): the server starts in beforeAll; read it inside tests');
    return server;
  };
}
