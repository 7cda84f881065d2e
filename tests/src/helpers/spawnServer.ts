import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server');

export interface ServerProcess {
  readonly url: string;
  readonly wsUrl: string;
  readonly child: ChildProcess;
  /** stderr (JSON log lines) so far. */
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Parley as its own process, from source through tsx (`pnpm start` runs the build instead, which
 * tests/src/start/builtServer.test.ts starts), on a random port, so tests can SIGKILL or SIGTERM it. Killed when the test finishes if still running.
 */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  /** Where the kill at the end is registered: the test by default, or a file's afterAll. */
  atEnd: (cleanup: () => void) => void = onTestFinished,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PARLEY_DATA_DIR: dataDir, PARLEY_CLIENT_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  atEnd(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    // A cold start compiles the server with tsx: on a 2-core machine under a full test run that has taken over 20 s.
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 45_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /open (http:\/\/[^/\s]+)\//.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before starting: ${stderr}`));
    });
  });
  return { url, wsUrl: `${url.replace(/^http/, 'ws')}/sync`, child, output: () => stderr, exited };
}
