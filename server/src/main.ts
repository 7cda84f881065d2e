import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config.ts';
import { createLogger, errorMessage } from './log.ts';
import { startParleyServer } from './ParleyServer.ts';
import { describeDatabase } from './storage/openStorage.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const builtClient = path.resolve(here, '../../client/dist');

async function main(): Promise<void> {
  const config = configFromEnv(process.env, builtClient);
  const log = createLogger(config.logLevel);
  const server = await startParleyServer(config, log);
  const where = config.databaseUrl ? `PostgreSQL at ${describeDatabase(config.databaseUrl)}` : config.dataDir;
  process.stdout.write(`Parley is running: open ${server.url}/ (data in ${where})\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('server.stopping', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('server.stop_failed', { error: errorMessage(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Parley could not start: ${errorMessage(error)}\n`);
  process.exit(1);
});
