export type { ConnectionLimits, ServerConfig } from './config.ts';
export { configFromEnv, DEFAULT_LIMITS } from './config.ts';
export { readClauseHistory } from './history/readClauseHistory.ts';
export type { Logger, LogLevel } from './log.ts';
export { createLogger } from './log.ts';
export type { RunningServer } from './ParleyServer.ts';
export { startParleyServer } from './ParleyServer.ts';
export { DATABASE_FILE, SqliteStorage } from './storage/SqliteStorage.ts';
export type { Storage, StoredDocument } from './storage/Storage.ts';
