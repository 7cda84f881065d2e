import type { RunningServer, ServerConfig, Storage } from '@parley/server';
import { createLogger, DEFAULT_LIMITS, startParleyServer } from '@parley/server';
import { onTestFinished } from 'vitest';
import { tempDir } from './tempDir.ts';

export interface TestServer extends RunningServer {
  readonly dataDir: string;
  readonly wsUrl: string;
  /** Log lines the server wrote (JSON), for tests that check what was logged. */
  readonly logLines: string[];
}

/**
 * A real Parley server in this process on a random port with its own SQLite data directory;
 * closed when the test finishes.
 */
export async function startServer(
  overrides: Partial<ServerConfig> = {},
  storageFor?: (dataDir: string) => Storage,
): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? tempDir();
  const logLines: string[] = [];
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    secret: undefined,
    createToken: undefined,
    maxMessageBytes: 2 * 1024 * 1024,
    maxHttpBodyBytes: 64 * 1024,
    idleUnloadMs: 30_000,
    compactAfterUpdates: 500,
    createPerMinute: 10_000,
    joinsPerMinute: 10_000,
    clientDir: null,
    logLevel: 'debug',
    allowedOrigins: [],
    trustedProxies: [],
    limits: DEFAULT_LIMITS,
    leaseMs: 3_000,
    ...overrides,
  };
  const server = await startParleyServer(
    config,
    createLogger('debug', (line) => logLines.push(line)),
    storageFor ? storageFor(dataDir) : undefined,
  );
  onTestFinished(() => server.close());
  return { ...server, dataDir, wsUrl: `${server.url.replace(/^http/, 'ws')}/sync`, logLines };
}
