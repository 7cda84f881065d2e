import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import { SqliteStorage } from './SqliteStorage.ts';
import type { Storage } from './Storage.ts';

/**
 * The storage the settings ask for: PostgreSQL when `PARLEY_DATABASE_URL` is set (its schema brought
 * up to date before the server listens), else SQLite in the data directory, as always.
 */
export async function openStorage(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
  log: Logger,
): Promise<Storage> {
  if (!config.databaseUrl) return new SqliteStorage(config.dataDir);
  // Loaded only here: a server on SQLite never holds the PostgreSQL client in memory (issue 17).
  const { openPostgresStorage } = await import('./postgres/PostgresStorage.ts');
  const storage = await openPostgresStorage(config.databaseUrl, {
    onConnectionError: (error) => log.warn('storage.connection_lost', { error: errorMessage(error) }),
  });
  log.info('storage.opened', { engine: 'postgresql', database: describeDatabase(config.databaseUrl) });
  return storage;
}

/** Host, port and database of a URL, never its password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}
